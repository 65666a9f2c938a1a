package io.reelstorm.feed.feed;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.feed.trending.TrendingSource;
import io.reelstorm.feed.walk.BlendedWalk;
import io.reelstorm.feed.walk.TrendingHead;
import io.reelstorm.feed.walk.WalkState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Serves one page of a feed walk: starts a walk (snapshot and trending head) when there is no state
 * yet, follows the {@link BlendedWalk}, and leaves out videos deleted since they were listed.
 */
public class FeedPager {

    /** Rounds of reading past deleted videos before a page is answered short (with a next cursor). */
    static final int MAX_ROUNDS = 5;

    private final FeedCatalog catalog;
    private final TrendingSource trending;
    private final int trendingSlots;
    private final int blendEvery;

    public FeedPager(FeedCatalog catalog, TrendingSource trending, int trendingSlots, int blendEvery) {
        this.catalog = catalog;
        this.trending = trending;
        this.trendingSlots = trendingSlots;
        this.blendEvery = blendEvery;
    }

    /**
     * @param from  where the walk stands, or null for a new walk
     * @param limit how many videos the page holds at most
     */
    public Page page(WalkState from, int limit) {
        WalkState state = from != null ? from : start();
        if (state == null) {
            return new Page(List.of(), null);
        }
        // One id more than the page needs, so that knowing whether the walk goes on rarely costs a read.
        BlendedWalk walk = new BlendedWalk(state, catalog, blendEvery, limit + 1);
        List<Video> videos = new ArrayList<>(limit);
        for (int round = 0; round < MAX_ROUNDS && videos.size() < limit; round++) {
            List<String> ids = walk.take(limit - videos.size());
            if (ids.isEmpty()) {
                break;
            }
            Map<String, Video> found = catalog.findAll(ids);
            ids.stream().map(found::get).filter(Objects::nonNull).forEach(videos::add);
        }
        return new Page(videos, walk.hasNext() ? walk.state() : null);
    }

    /** A new walk over what exists now, or null when there are no videos at all. */
    private WalkState start() {
        List<String> newest = catalog.newestBefore(null, 1);
        if (newest.isEmpty()) {
            return null;
        }
        String snapshot = newest.getFirst();
        List<String> candidates = TrendingHead.candidates(trending.trendingIds(trendingSlots), snapshot, trendingSlots);
        Map<String, Video> existing = candidates.isEmpty() ? Map.of() : catalog.findAll(candidates);
        return WalkState.start(snapshot, candidates.stream().filter(existing::containsKey).toList());
    }

    /**
     * @param videos the page, in feed order
     * @param next   where the walk continues, or null at its end
     */
    public record Page(List<Video> videos, WalkState next) {
    }
}
