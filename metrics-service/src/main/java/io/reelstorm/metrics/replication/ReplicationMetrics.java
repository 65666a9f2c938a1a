package io.reelstorm.metrics.replication;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.distribution.ValueAtPercentile;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** The replicator's meters, registered by the instance that replicates. */
final class ReplicationMetrics {

    private static final double MEDIAN = 0.5;
    private static final double P99 = 0.99;

    private final Timer lag;
    private final Counter applied;

    ReplicationMetrics(MeterRegistry meters, String peer, CounterReplicator replicator) {
        this.lag = Timer.builder("reelstorm.replication.lag")
                .description("From a view's append to the peer's replication stream to its merge here")
                .tag("peer", peer)
                .publishPercentiles(MEDIAN, P99)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(meters);
        this.applied = Counter.builder("reelstorm.replication.applied")
                .description("Peer replication stream entries merged into the local counters")
                .tag("peer", peer)
                .register(meters);
        Gauge.builder("reelstorm.replication.connected", replicator, r -> r.connected() ? 1 : 0)
                .description("1 while the peer's counter Redis answers")
                .tag("peer", peer)
                .register(meters);
        Gauge.builder("reelstorm.replication.last-sync", replicator, CounterReplicator::secondsSinceLastSync)
                .description("Seconds since the local counters last held everything of the peer's stream")
                .tag("peer", peer)
                .baseUnit("seconds")
                .register(meters);
    }

    void merged(Duration entryLag) {
        lag.record(entryLag);
        applied.increment();
    }

    long applied() {
        return (long) applied.count();
    }

    /** A recent percentile of the lag in milliseconds, null before any entry was merged. */
    Double lagMillis(double percentile) {
        if (lag.count() == 0) {
            return null;
        }
        for (ValueAtPercentile value : lag.takeSnapshot().percentileValues()) {
            if (value.percentile() == percentile) {
                return value.value(TimeUnit.MILLISECONDS);
            }
        }
        return null;
    }

    Double medianLagMillis() {
        return lagMillis(MEDIAN);
    }

    Double p99LagMillis() {
        return lagMillis(P99);
    }
}
