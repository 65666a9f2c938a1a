package io.reelstorm.common.views;

/**
 * A video's view count as a reader may show it.
 *
 * @param views the count
 * @param stale true when the count may lack views acknowledged more than one staleness budget ago
 */
public record ViewCount(long views, boolean stale) {

    public static final ViewCount ZERO = new ViewCount(0, false);
}
