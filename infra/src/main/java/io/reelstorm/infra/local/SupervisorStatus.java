package io.reelstorm.infra.local;

import java.time.Instant;

/** Where the supervisor stands, for the state file and the admin API. */
public final class SupervisorStatus {

    private final Instant startedAt = Instant.now();
    private final String gatewayUrl;
    private final String adminUrl;
    private volatile StackState.Status status = StackState.Status.STARTING;
    private volatile String detail = "starting";
    private volatile Double startSeconds;

    public SupervisorStatus(String gatewayUrl, String adminUrl) {
        this.gatewayUrl = gatewayUrl;
        this.adminUrl = adminUrl;
    }

    public void set(StackState.Status newStatus, String newDetail) {
        status = newStatus;
        detail = newDetail;
        if (newStatus == StackState.Status.READY && startSeconds == null) {
            startSeconds = (Instant.now().toEpochMilli() - startedAt.toEpochMilli()) / 1000.0;
        }
    }

    public StackState.Status status() {
        return status;
    }

    public String detail() {
        return detail;
    }

    public Double startSeconds() {
        return startSeconds;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public String gatewayUrl() {
        return gatewayUrl;
    }

    public String adminUrl() {
        return adminUrl;
    }
}
