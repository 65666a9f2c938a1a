package io.reelstorm.metrics.views;

import io.lettuce.core.ScriptOutputType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import io.reelstorm.common.redis.LuaScript;
import io.reelstorm.metrics.trending.TrendingDecay;
import io.reelstorm.metrics.trending.TrendingDecay.ViewWeights;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes a view to the counter Redis: the dedup mark for its {@code View-Id}, this data center's slot
 * of the video's G-counter and both trending boards, atomically and in one round trip. Concurrent
 * requests share the store's single connection, which pipelines them.
 */
@Component
public class ViewIngest {

    /** How long a {@code View-Id} stays counted (the public contract: 24 h). */
    static final Duration VIEW_ID_KEPT = Duration.ofHours(24);

    private static final LuaScript RECORD_VIEW = LuaScript.fromClasspath("scripts/record-view.lua");

    private final RedisStore counters;
    private final TrendingDecay decay;
    private final String dataCenter;
    private final Clock clock;
    private final Counter counted;
    private final Counter duplicate;

    public ViewIngest(@Qualifier("redisCountersStore") RedisStore counters, TrendingDecay decay, DataCenter dataCenter,
                      Clock clock, MeterRegistry meters) {
        this.counters = counters;
        this.decay = decay;
        this.dataCenter = dataCenter.name();
        this.clock = clock;
        this.counted = ingested(meters, "counted");
        this.duplicate = ingested(meters, "duplicate");
    }

    /** True when the view was counted, false when its {@code View-Id} had been counted before. */
    public boolean record(String videoId, Optional<String> viewId) {
        ViewWeights weights = decay.weights(clock.instant());
        List<String> keys = new ArrayList<>(List.of(CounterKeys.views(videoId), CounterKeys.trending(weights.epoch()),
                CounterKeys.trending(weights.epoch() + 1)));
        viewId.ifPresent(id -> keys.add(CounterKeys.viewSeen(videoId, id)));
        Long result = RECORD_VIEW.run(counters.sync(), ScriptOutputType.INTEGER, keys.toArray(String[]::new),
                dataCenter,
                videoId,
                Double.toString(weights.current()),
                Double.toString(weights.next()),
                Long.toString(decay.expiry(weights.epoch()).getEpochSecond()),
                Long.toString(decay.expiry(weights.epoch() + 1).getEpochSecond()),
                Long.toString(VIEW_ID_KEPT.toSeconds()));
        boolean isNew = result != null && result == 1L;
        (isNew ? counted : duplicate).increment();
        return isNew;
    }

    private static Counter ingested(MeterRegistry meters, String outcome) {
        return Counter.builder("reelstorm.views.ingested")
                .description("Views written to the counter Redis, by whether their View-Id was new")
                .tag("outcome", outcome)
                .register(meters);
    }
}
