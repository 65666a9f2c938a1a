package io.reelstorm.infra.compose;

import java.util.List;
import java.util.Optional;

/** Whether this machine can run the compose stack: a Docker engine that answers, and a Compose CLI. */
public final class ComposeAvailability {

    private ComposeAvailability() {
    }

    /** Why the compose stack cannot run here, or empty when it can. */
    public static Optional<String> check() {
        if (!Commands.succeed(List.of("docker", "info"))) {
            return Optional.of("no Docker engine answers 'docker info'");
        }
        try {
            ComposeTool.command();
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of("no Docker Compose ('docker compose' or 'docker-compose')");
        }
    }
}
