package io.reelstorm.infra.local;

import java.time.Instant;

/**
 * The supervisor's event log ({@code logs supervisor}): one {@code time event=… key=value} line per
 * process start, readiness, death, fault and failover.
 */
public final class SupervisorLog {

    private SupervisorLog() {
    }

    public static void event(String format, Object... args) {
        System.out.println(Instant.now() + " " + String.format(format, args));
    }
}
