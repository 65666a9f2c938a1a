package io.reelstorm.metrics.replication;

/**
 * Whether this process runs the {@code active-active-data} fix, read once at start because it
 * changes how the data centers' stores are set up (no {@code replicaof}): each data center writes its
 * own counter Redis, and each tails its peer's replication stream.
 *
 * @param enabled whether the fix was on at start
 * @param peer    the peer data center's name when enabled
 */
public record ActiveActiveData(boolean enabled, String peer) {

    public static final ActiveActiveData OFF = new ActiveActiveData(false, null);
}
