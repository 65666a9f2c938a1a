package io.reelstorm.feed.walk;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The order of the feed: trending blended with recent. Position {@code p} takes the next video of the
 * walk's trending head when {@code p % blendEvery == 0}, otherwise the next recent one (newest first,
 * leaving out the trending head, whose videos come through their own slots); when one source runs dry
 * the other fills. Because the head and the snapshot are fixed when the walk begins and travel in its
 * state, every video up to the snapshot comes exactly once, whatever arrives or starts trending later.
 * Pure logic over {@link RecentIds}; reads recent ids in batches.
 */
public final class BlendedWalk {

    private final RecentIds recent;
    private final int blendEvery;
    private final int batchSize;
    private final String snapshot;
    private final List<String> head;
    private final Set<String> inHead;
    private int position;
    private int trendingConsumed;
    private String recentBefore;

    private final Deque<String> fetched = new ArrayDeque<>();
    private String fetchedBefore;
    private boolean recentExhausted;

    public BlendedWalk(WalkState state, RecentIds recent, int blendEvery, int batchSize) {
        if (blendEvery < 1 || batchSize < 1) {
            throw new IllegalArgumentException("blendEvery and batchSize must be positive");
        }
        this.recent = recent;
        this.blendEvery = blendEvery;
        this.batchSize = batchSize;
        this.snapshot = state.snapshot();
        this.head = state.trendingHead();
        this.inHead = new HashSet<>(head);
        this.position = state.position();
        this.trendingConsumed = state.trendingConsumed();
        this.recentBefore = state.recentBefore();
        this.fetchedBefore = recentBefore;
    }

    public Optional<String> next() {
        String id;
        boolean trendingLeft = trendingConsumed < head.size();
        if (trendingLeft && (position % blendEvery == 0 || !recentLeft())) {
            id = head.get(trendingConsumed++);
        } else if (recentLeft()) {
            id = fetched.poll();
            recentBefore = id;
        } else {
            return Optional.empty();
        }
        position++;
        return Optional.of(id);
    }

    /** The next {@code count} ids, fewer when the walk ends. */
    public List<String> take(int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Optional<String> id = next();
            if (id.isEmpty()) {
                break;
            }
            ids.add(id.get());
        }
        return ids;
    }

    public boolean hasNext() {
        return trendingConsumed < head.size() || recentLeft();
    }

    public WalkState state() {
        return new WalkState(snapshot, position, trendingConsumed, recentBefore, head);
    }

    private boolean recentLeft() {
        while (fetched.isEmpty() && !recentExhausted) {
            List<String> batch = recent.newestBefore(fetchedBefore, batchSize);
            recentExhausted = batch.size() < batchSize;
            if (!batch.isEmpty()) {
                fetchedBefore = batch.getLast();
            }
            for (String id : batch) {
                if (!inHead.contains(id)) {
                    fetched.add(id);
                }
            }
        }
        return !fetched.isEmpty();
    }
}
