package io.reelstorm.metrics.views;

import io.lettuce.core.RedisReadOnlyException;
import io.lettuce.core.ScriptOutputType;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.common.redis.LuaScript;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import io.reelstorm.metrics.counters.Incarnation;
import io.reelstorm.metrics.counters.LastKnownCounts;
import io.reelstorm.metrics.counters.ViewTally;
import io.reelstorm.metrics.counters.ViewIdMarks;
import io.reelstorm.metrics.replication.ActiveActiveData;
import io.reelstorm.metrics.replication.ReplicationProperties;
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
 * Writes a view to the counter Redis: the dedup mark for its {@code View-Id}, this data center's
 * current slot of the video's G-counter, both trending boards and, with active-active data, the
 * replication stream entry (with the {@code View-Id}, see {@link ViewIdMarks}), atomically and in one
 * round trip. The script refuses to write when the
 * store no longer holds this service's incarnation; the service then claims the new one and tries
 * once more, so views counted after the store came back empty land in a new slot. Concurrent requests
 * share the store's single connection, which pipelines them.
 */
@Component
public class ViewIngest {

    /** A replica is not promoted by waiting; clients should come back later rather than at once. */
    static final Duration READ_ONLY_RETRY_AFTER = Duration.ofSeconds(5);
    static final Duration RESTARTING_STORE_RETRY_AFTER = Duration.ofSeconds(1);

    private static final LuaScript RECORD_VIEW = LuaScript.fromClasspath("scripts/record-view.lua");
    private static final long COUNTED = 1;
    private static final long NOT_OUR_INCARNATION = -1;

    private final RedisStore counters;
    private final TrendingDecay decay;
    private final Incarnation incarnation;
    private final LastKnownCounts lastKnown;
    private final Clock clock;
    private final String streamMaxLength;
    private final Counter counted;
    private final Counter duplicate;

    public ViewIngest(@Qualifier("redisCountersStore") RedisStore counters, TrendingDecay decay, Incarnation incarnation,
                      LastKnownCounts lastKnown, ActiveActiveData activeActive, ReplicationProperties replication,
                      Clock clock, MeterRegistry meters) {
        this.counters = counters;
        this.decay = decay;
        this.incarnation = incarnation;
        this.lastKnown = lastKnown;
        this.clock = clock;
        this.streamMaxLength = activeActive.enabled() ? Long.toString(replication.streamMaxLength()) : "0";
        this.counted = ingested(meters, "counted");
        this.duplicate = ingested(meters, "duplicate");
    }

    /** True when the view was counted, false when its {@code View-Id} had been counted before. */
    public boolean record(String videoId, Optional<String> viewId) {
        try {
            String writingUnder = incarnation.current();
            Outcome outcome = run(videoId, viewId, writingUnder);
            if (outcome.result() == NOT_OUR_INCARNATION) {
                outcome = run(videoId, viewId, incarnation.replace(writingUnder));
            }
            if (outcome.result() == NOT_OUR_INCARNATION) {
                throw new ApiProblem(ProblemType.STORE_UNAVAILABLE,
                        "The counter store changed its incarnation twice during one view; try again shortly.")
                        .retryAfter(RESTARTING_STORE_RETRY_AFTER);
            }
            lastKnown.remember(videoId, outcome.tally());
            boolean isNew = outcome.result() == COUNTED;
            (isNew ? counted : duplicate).increment();
            return isNew;
        } catch (RedisReadOnlyException e) {
            // Expected while a naive failover leaves the replica unpromoted: no stack trace per rejected view.
            throw new ApiProblem(ProblemType.STORE_UNAVAILABLE,
                    "This data center's counter store is a read-only replica: views cannot be recorded here.")
                    .retryAfter(READ_ONLY_RETRY_AFTER);
        }
    }

    private Outcome run(String videoId, Optional<String> viewId, String writingUnder) {
        ViewWeights weights = decay.weights(clock.instant());
        List<String> keys = new ArrayList<>(List.of(CounterKeys.views(videoId), CounterKeys.trending(weights.epoch()),
                CounterKeys.trending(weights.epoch() + 1), incarnation.key(), CounterKeys.REPLICATION_STREAM));
        viewId.ifPresent(id -> keys.add(CounterKeys.viewSeen(videoId, id)));
        List<Object> reply = RECORD_VIEW.run(counters.sync(), ScriptOutputType.MULTI, keys.toArray(String[]::new),
                writingUnder,
                incarnation.slot(writingUnder),
                videoId,
                Double.toString(weights.current()),
                Double.toString(weights.next()),
                Long.toString(decay.expiry(weights.epoch()).getEpochSecond()),
                Long.toString(decay.expiry(weights.epoch() + 1).getEpochSecond()),
                Long.toString(ViewIdMarks.KEPT.toSeconds()),
                streamMaxLength,
                viewId.orElse(""));
        return new Outcome((Long) reply.get(0), new ViewTally((Long) reply.get(1), (Long) reply.get(2)));
    }

    private static Counter ingested(MeterRegistry meters, String outcome) {
        return Counter.builder("reelstorm.views.ingested")
                .description("Views written to the counter Redis, by whether their View-Id was new")
                .tag("outcome", outcome)
                .register(meters);
    }

    /**
     * @param result 1 counted, 0 a View-Id counted before, -1 the store no longer holds our incarnation
     * @param tally  the video's tally afterwards
     */
    private record Outcome(long result, ViewTally tally) {
    }
}
