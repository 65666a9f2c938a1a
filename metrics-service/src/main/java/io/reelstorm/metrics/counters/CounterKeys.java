package io.reelstorm.metrics.counters;

import io.reelstorm.common.views.ViewSeenKey;

/** The key layout of the counter Redis, which only metrics-service reads and writes. */
public final class CounterKeys {

    /** Stream of {@code {id, slot, value}} entries, one per counted view, that the peer data center tails. */
    public static final String REPLICATION_STREAM = "replication:views";

    private CounterKeys() {
    }

    /** Hash with one field per slot ({@link Slots}), a G-counter: the count is the sum of the fields. */
    public static String views(String videoId) {
        return "views:" + videoId;
    }

    /** The pattern of every {@link #views(String)} key, for scans. */
    public static String allViews() {
        return "views:*";
    }

    /** Marks a client's {@code View-Id} as counted for one video. */
    public static String viewSeen(String videoId, String viewId) {
        return new ViewSeenKey(videoId, viewId).key();
    }

    /** The pattern of every {@link #viewSeen(String, String)} mark, for scans. */
    public static String allViewSeen() {
        return ViewSeenKey.ALL;
    }

    /** Sorted set of time-decayed view scores for one trending epoch. */
    public static String trending(long epoch) {
        return "trending:" + epoch;
    }

    /** The incarnation of a data center's counters: gone when the store came back empty. */
    public static String incarnation(String dataCenter) {
        return "counters:incarnation:" + dataCenter;
    }

    /** The id of the last entry of the peer's {@link #REPLICATION_STREAM} merged here. */
    public static String replicationOffset(String peer) {
        return "replication:offset:" + peer;
    }

    /** When (epoch millis) this store last held everything the peer's stream had (absent: never, or catching up). */
    public static String replicationSyncedAt(String peer) {
        return "replication:synced-at:" + peer;
    }

    /** The token of the snapshot catch-up from the peer in progress; its loss interrupts the catch-up. */
    public static String replicationCatchUp(String peer) {
        return "replication:catch-up:" + peer;
    }
}
