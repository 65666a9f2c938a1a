package io.reelstorm.common.views;

/**
 * A video's view count as a reader may show it.
 *
 * @param views the count, or null when nothing is known about it (shown as {@code "views": null},
 *              never as 0); an unknown count is always stale
 * @param stale true when the count may lack views acknowledged more than one staleness budget ago
 */
public record ViewCount(Long views, boolean stale) {

    public static final ViewCount ZERO = new ViewCount(0L, false);
    /** Nothing is known about the count: it is not 0, it is unknown. */
    public static final ViewCount UNKNOWN = new ViewCount(null, true);

    public ViewCount {
        if (views == null) {
            // Whoever says "unknown" cannot at the same time claim the answer is complete.
            stale = true;
        } else if (views < 0) {
            throw new IllegalArgumentException("a view count cannot be negative, was " + views);
        }
    }

    public ViewCount(long views, boolean stale) {
        this(Long.valueOf(views), stale);
    }

    /** False when nothing is known about the count. */
    public boolean known() {
        return views != null;
    }
}
