package io.reelstorm.metrics.counters;

/** The key layout of the counter Redis, which only metrics-service reads and writes. */
public final class CounterKeys {

    private CounterKeys() {
    }

    /** Hash with one field per data center (a G-counter): the count is the sum of the fields. */
    public static String views(String videoId) {
        return "views:" + videoId;
    }

    /** Marks a client's {@code View-Id} as counted for one video. */
    public static String viewSeen(String videoId, String viewId) {
        return "view-seen:" + videoId + ":" + viewId;
    }

    /** Sorted set of time-decayed view scores for one trending epoch. */
    public static String trending(long epoch) {
        return "trending:" + epoch;
    }
}
