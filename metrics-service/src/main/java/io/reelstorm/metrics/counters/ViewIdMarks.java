package io.reelstorm.metrics.counters;

import java.time.Duration;

/**
 * How a {@code View-Id} is counted once across both data centers. Each data center remembers the
 * {@code View-Id}s it has seen in {@code view-seen:{id}:{viewId}} marks; the mark's value says what
 * happened here:
 * <ul>
 * <li>a slot ({@code {dc}.{incarnation}}): counted here, in that slot;</li>
 * <li>{@value #PEER}: counted by the peer first, learned through replication, so a repeat here (a
 * client's retry that landed in the other data center) is a duplicate and not counted again;</li>
 * <li>{@value #YIELDED}: counted here and by the peer before either knew (a partition, or a retry that
 * crossed replication); the data center whose slot sorts after the other's gives its view back
 * through a retraction field, {@code {slot}!r}, which holds minus the views given back.</li>
 * </ul>
 * Retraction fields replicate like slots but merge by minimum, and the count stays the plain sum of
 * every field, so both data centers converge on each {@code View-Id} counted once.
 */
public final class ViewIdMarks {

    /** How long a {@code View-Id} is remembered (the public contract: 24 h). */
    public static final Duration KEPT = Duration.ofHours(24);
    public static final String PEER = "peer";
    public static final String YIELDED = "yielded";

    private static final String RETRACTION_SUFFIX = "!r";

    private ViewIdMarks() {
    }

    /** The field that holds minus the views a slot gave back. */
    public static String retraction(String slot) {
        return slot + RETRACTION_SUFFIX;
    }

    public static boolean isRetraction(String field) {
        return field.endsWith(RETRACTION_SUFFIX);
    }
}
