package io.reelstorm.feed.trending;

import java.util.List;

/** Where the feed learns which videos trend. */
@FunctionalInterface
public interface TrendingSource {

    /** Up to {@code limit} video ids, best first; empty when nothing trends or the answer is unavailable. */
    List<String> trendingIds(int limit);
}
