package io.reelstorm.metrics.counters;

import java.time.Duration;

/**
 * How a {@code View-Id} is counted once across both data centers. Each data center remembers the
 * {@code View-Id}s it has seen in {@code view-seen:{id}:{viewId}} marks; the mark's value says what
 * happened here:
 * <ul>
 * <li>a slot ({@code {dc}.{incarnation}}): counted here, in that slot;</li>
 * <li>{@code peer}: counted by the peer first, learned through replication, so a repeat here (a
 * client's retry that landed in the other data center) is a duplicate and not counted again;</li>
 * <li>{@code yielded}: counted here and by the peer before either knew (a partition, or a retry that
 * crossed replication); the data center whose slot sorts after the other's gives its view back
 * through a retraction field, {@code {slot}!r}, which holds minus the views given back.</li>
 * </ul>
 * Retraction fields replicate like slots but merge by minimum, and the count stays the plain sum of
 * every field, so both data centers converge on each {@code View-Id} counted once. The rules live in
 * {@code scripts/record-view.lua} (marks a view counted here) and {@code scripts/merge-views.lua}
 * (learns, settles and retracts).
 */
public final class ViewIdMarks {

    /** How long a {@code View-Id} is remembered (the public contract: 24 h). */
    public static final Duration KEPT = Duration.ofHours(24);

    private ViewIdMarks() {
    }
}
