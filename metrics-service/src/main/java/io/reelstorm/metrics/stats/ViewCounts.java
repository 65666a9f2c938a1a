package io.reelstorm.metrics.stats;

import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import io.reelstorm.metrics.counters.ViewTally;
import io.reelstorm.metrics.replication.ActiveActiveData;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Reads view counts from the counter Redis: a count is the tally of the fields of the video's G-counter
 * ({@link ViewTally}), and a video without a counter reads as 0. Asked for it, the same pipelined round also fetches what
 * the store says about its own completeness: the incarnation it holds and, with active-active data,
 * when it last held everything of the peer's stream. A store that does not answer surfaces as a
 * {@link RedisException}.
 */
@Component
public class ViewCounts {

    private final RedisStore counters;
    private final RedisStore peerCounters;
    private final String incarnationKey;
    private final String syncedAtKey;

    /** @param peerCounters the peer DC's counter store, read only with active-active data (it then holds our slots too) */
    public ViewCounts(@Qualifier("redisCountersStore") RedisStore counters,
                      @Qualifier("peerCountersStore") ObjectProvider<RedisStore> peerCounters,
                      DataCenter dataCenter, ActiveActiveData activeActive) {
        this.counters = counters;
        this.peerCounters = activeActive.enabled() ? peerCounters.getIfAvailable() : null;
        this.incarnationKey = CounterKeys.incarnation(dataCenter.name());
        this.syncedAtKey = activeActive.enabled() ? CounterKeys.replicationSyncedAt(activeActive.peer()) : null;
    }

    /**
     * The counts the peer's store holds — with active-active data, every slot of both DCs as of the
     * replication lag — for when our own store does not answer. Empty when there is no peer to ask or it
     * does not answer either.
     */
    public Map<String, ViewTally> fromPeer(Collection<String> videoIds) {
        if (peerCounters == null) {
            return Map.of();
        }
        try {
            return sums(peerCounters.async(), videoIds);
        } catch (RedisException e) {
            return Map.of();
        }
    }

    private static Map<String, ViewTally> sums(RedisAsyncCommands<String, String> async, Collection<String> videoIds) {
        Map<String, RedisFuture<Map<String, String>>> pending = new LinkedHashMap<>();
        for (String id : videoIds) {
            pending.computeIfAbsent(id, key -> async.hgetall(CounterKeys.views(key)));
        }
        Map<String, ViewTally> counts = new LinkedHashMap<>();
        pending.forEach((id, future) -> counts.put(id, ViewTally.of(await(future))));
        return counts;
    }

    public StoredCounts read(Collection<String> videoIds, boolean withCompleteness) {
        RedisAsyncCommands<String, String> async = counters.async();
        RedisFuture<String> incarnation = withCompleteness ? async.get(incarnationKey) : null;
        RedisFuture<String> syncedAt = withCompleteness && syncedAtKey != null ? async.get(syncedAtKey) : null;
        Map<String, ViewTally> counts = sums(async, videoIds);
        String syncedMillis = syncedAt == null ? null : await(syncedAt);
        return new StoredCounts(counts, incarnation == null ? null : await(incarnation),
                syncedMillis == null ? null : Instant.ofEpochMilli(Long.parseLong(syncedMillis)));
    }

    /**
     * @param counts      the tally of every id asked
     * @param incarnation the incarnation the store holds for this data center (null: none, or not asked)
     * @param syncedAt    when the store last held everything of the peer's stream (null: unknown, or not asked)
     */
    public record StoredCounts(Map<String, ViewTally> counts, String incarnation, Instant syncedAt) {
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
