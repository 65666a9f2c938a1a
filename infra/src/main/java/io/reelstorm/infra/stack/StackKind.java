package io.reelstorm.infra.stack;

import java.time.Duration;

/** What runs the two data centers: processes on this machine, or the containers of the compose file. */
public enum StackKind {
    /** Redis, S3Proxy and the services as processes here, every hop through an in-process link proxy. */
    LOCAL(Duration.ofSeconds(180)),
    /** {@code infra/docker-compose.yml} on the local Docker engine; images are built first. */
    COMPOSE(Duration.ofSeconds(480));

    private final Duration readyTimeout;

    StackKind(Duration readyTimeout) {
        this.readyTimeout = readyTimeout;
    }

    /** {@code local} or {@code compose}, as users type it. */
    public static StackKind fromId(String id) {
        for (StackKind kind : values()) {
            if (kind.name().equalsIgnoreCase(id)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("--stack " + id + ": local or compose");
    }

    /** How long such a stack may take to become ready when nobody says otherwise. */
    public Duration readyTimeout() {
        return readyTimeout;
    }
}
