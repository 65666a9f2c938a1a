package io.reelstorm.metrics.trending;

import io.lettuce.core.ScoredValue;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads the most trending videos from the current epoch's board in the counter Redis. Boards stay local
 * to each data center, also with active-active data: they rank what this data center's users watch,
 * and a board that comes back empty refills within a half-life.
 */
@Component
public class TrendingBoard {

    private final RedisStore counters;
    private final TrendingDecay decay;
    private final Clock clock;

    public TrendingBoard(@Qualifier("redisCountersStore") RedisStore counters, TrendingDecay decay, Clock clock) {
        this.counters = counters;
        this.decay = decay;
        this.clock = clock;
    }

    /** Up to {@code limit} videos, best first, scored in decayed views as of now. */
    public List<TrendingItem> top(int limit) {
        Instant now = clock.instant();
        long epoch = decay.epoch(now);
        List<ScoredValue<String>> board = counters.sync().zrevrangeWithScores(CounterKeys.trending(epoch), 0, limit - 1L);
        return board.stream()
                .map(entry -> new TrendingItem(entry.getValue(), decay.decayedViews(entry.getScore(), epoch, now)))
                .toList();
    }

    /**
     * @param id    the video
     * @param score its views with time decay, as of now
     */
    public record TrendingItem(String id, double score) {
    }
}
