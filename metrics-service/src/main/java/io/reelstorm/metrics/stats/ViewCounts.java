package io.reelstorm.metrics.stats;

import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads view counts from the counter Redis. A count is the sum of the per-data-center fields of the
 * video's G-counter; a video without a counter reads as 0 (the naive reading: "missing" is shown as a
 * fact). A store that does not answer surfaces as a {@link RedisException}.
 */
@Component
public class ViewCounts {

    private final RedisStore counters;

    public ViewCounts(@Qualifier("redisCountersStore") RedisStore counters) {
        this.counters = counters;
    }

    public long of(String videoId) {
        return sum(counters.sync().hvals(CounterKeys.views(videoId)));
    }

    /** The count of every id asked, fetched in one pipelined round. */
    public Map<String, Long> of(Collection<String> videoIds) {
        RedisAsyncCommands<String, String> async = counters.async();
        Map<String, RedisFuture<List<String>>> pending = new LinkedHashMap<>();
        for (String id : videoIds) {
            pending.computeIfAbsent(id, key -> async.hvals(CounterKeys.views(key)));
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        pending.forEach((id, future) -> counts.put(id, sum(await(future))));
        return counts;
    }

    private static long sum(List<String> slots) {
        long total = 0;
        for (String slot : slots) {
            total += Long.parseLong(slot);
        }
        return total;
    }

    /** Bounded by the store's command timeout, which fails the future when it passes. */
    private static <T> T await(RedisFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException("interrupted while reading counts", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RedisException re ? re : new RedisException(e.getCause());
        }
    }
}
