package io.reelstorm.gateway.health;

/**
 * Whether one instance takes traffic, as active checks and failed calls show it. An instance starts healthy (so the
 * gateway routes at once), is ejected after {@code unhealthyThreshold} consecutive failed checks or at once when a
 * call cannot connect to it, and is re-admitted after {@code healthyThreshold} consecutive passed checks.
 */
public final class InstanceHealth {

    private final int unhealthyThreshold;
    private final int healthyThreshold;
    private boolean healthy = true;
    private int streak;

    public InstanceHealth(int unhealthyThreshold, int healthyThreshold) {
        this.unhealthyThreshold = unhealthyThreshold;
        this.healthyThreshold = healthyThreshold;
    }

    public synchronized boolean healthy() {
        return healthy;
    }

    /** Counts one check; true when it changed whether the instance is healthy. */
    public synchronized boolean recordCheck(boolean passed) {
        if (passed == healthy) {
            streak = 0;
            return false;
        }
        streak++;
        if (streak >= (healthy ? unhealthyThreshold : healthyThreshold)) {
            healthy = !healthy;
            streak = 0;
            return true;
        }
        return false;
    }

    /** Ejects the instance without waiting for the checks (a call could not connect); true when it was healthy. */
    public synchronized boolean eject() {
        boolean wasHealthy = healthy;
        healthy = false;
        streak = 0;
        return wasHealthy;
    }
}
