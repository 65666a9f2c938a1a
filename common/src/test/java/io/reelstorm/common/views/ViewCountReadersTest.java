package io.reelstorm.common.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Both strategies against a metrics-service that answers, answers stale, or cannot answer, and the
 * switch between them as the fix flips.
 */
class ViewCountReadersTest {

    private final PlayedMetrics metrics = new PlayedMetrics();
    private final LastKnownCounts lastKnown = new LastKnownCounts(100);
    private final ViewCountsSource recorded = lastKnown.recording(metrics);
    private final MissingMeansZero naive = new MissingMeansZero(recorded);
    private final HonestReads honest = new HonestReads(recorded, lastKnown);

    @Test
    void whileMetricsServiceAnswersBothStrategiesShowItsCounts() {
        metrics.answer("a", new ViewCount(12, false));

        assertThat(naive.read("a")).isEqualTo(new ViewCount(12, false));
        assertThat(honest.read("a")).isEqualTo(new ViewCount(12, false));
    }

    @Test
    void whenMetricsServiceIsDownTheNaiveStrategyShowsZeroAsAFact() {
        metrics.answer("a", new ViewCount(12, false));
        naive.read("a");
        metrics.down();

        assertThat(naive.read(List.of("a", "never-seen"))).containsExactly(
                Map.entry("a", new ViewCount(0, false)), Map.entry("never-seen", new ViewCount(0, false)));
    }

    @Test
    void whenMetricsServiceIsDownHonestReadsShowTheLastKnownCountMarkedStale() {
        metrics.answer("a", new ViewCount(12, false));
        honest.read("a");
        metrics.down();

        assertThat(honest.read("a")).isEqualTo(new ViewCount(12, true));
    }

    @Test
    void whenNothingIsKnownHonestReadsShowAnUnknownCountNeverZero() {
        metrics.down();

        ViewCount count = honest.read("never-seen");

        assertThat(count.views()).isNull();
        assertThat(count.stale()).isTrue();
        assertThat(count).isEqualTo(ViewCount.UNKNOWN);
    }

    @Test
    void countsSeenByNaiveReadsAreKnownToHonestReadsAfterTheFixIsTurnedOn() {
        FixSwitches switches = new FixSwitches(List.of());
        ViewCountReader reader = new ViewCountStrategySwitch(switches, naive, honest);
        metrics.answer("a", new ViewCount(7, false));
        reader.read("a");
        metrics.down();

        assertThat(reader.read("a")).as("naive").isEqualTo(new ViewCount(0, false));
        switches.set(Fix.HONEST_READS, true);
        assertThat(reader.read("a")).as("honest").isEqualTo(new ViewCount(7, true));
        switches.set(Fix.HONEST_READS, false);
        assertThat(reader.read("a")).as("naive again").isEqualTo(new ViewCount(0, false));
    }

    @Test
    void aLastKnownZeroIsShownAsUnknownWhileMetricsServiceIsDown() {
        metrics.answer("a", new ViewCount(0, false));
        honest.read("a");
        metrics.down();

        assertThat(honest.read("a")).isEqualTo(ViewCount.UNKNOWN);
    }

    @Test
    void aStaleZeroFromMetricsServiceIsShownAsUnknown() {
        metrics.answer("a", new ViewCount(0, true));

        assertThat(honest.read("a")).isEqualTo(ViewCount.UNKNOWN);
    }

    @Test
    void aStaleAnswerFromMetricsServicePassesThroughHonestReads() {
        metrics.answer("a", new ViewCount(30, true));

        assertThat(honest.read("a")).isEqualTo(new ViewCount(30, true));
    }

    @Test
    void anUnknownAnswerFromMetricsServiceIsTheLastKnownCountOrStaysUnknownUnderHonestReads() {
        metrics.answer("a", new ViewCount(5, false));
        honest.read("a");
        metrics.answer("a", ViewCount.UNKNOWN);
        metrics.answer("b", ViewCount.UNKNOWN);

        assertThat(honest.read(List.of("a", "b"))).containsExactly(
                Map.entry("a", new ViewCount(5, true)), Map.entry("b", ViewCount.UNKNOWN));
    }

    @Test
    void theNaiveStrategyReadsAnUnknownAnswerAsZero() {
        metrics.answer("a", ViewCount.UNKNOWN);

        assertThat(naive.read("a")).isEqualTo(new ViewCount(0, false));
    }

    @Test
    void aCountLowerThanOneAlreadySeenIsShownAsTheHigherOneMarkedStale() {
        metrics.answer("a", new ViewCount(40, false));
        honest.read("a");
        // The counter store came back empty and answers 0 as if it were a fact.
        metrics.answer("a", new ViewCount(0, false));

        assertThat(honest.read("a")).isEqualTo(new ViewCount(40, true));
        assertThat(naive.read("a")).as("naive shows the loss").isEqualTo(new ViewCount(0, false));
    }

    @Test
    void idsMetricsServiceLeavesOutAreUnknownUnderHonestReads() {
        metrics.answer("a", new ViewCount(1, false));

        assertThat(honest.read(List.of("a", "left-out"))).containsExactly(
                Map.entry("a", new ViewCount(1, false)), Map.entry("left-out", ViewCount.UNKNOWN));
    }

    @Test
    void anEmptyListAsksNothing() {
        assertThat(honest.read(List.of())).isEmpty();
        assertThat(naive.read(List.of())).isEmpty();
        assertThat(metrics.calls.get()).isZero();
    }

    @Test
    void theLastKnownCountsForgetTheLeastRecentlyReadVideosFirst() {
        LastKnownCounts small = new LastKnownCounts(2);
        small.remember(Map.of("a", new ViewCount(1, false)));
        small.remember(Map.of("b", new ViewCount(2, false)));
        small.get("a");
        small.remember(Map.of("c", new ViewCount(3, false)));

        assertThat(small.size()).isEqualTo(2);
        assertThat(small.get("a")).isEqualTo(1L);
        assertThat(small.get("b")).isNull();
        assertThat(small.get("c")).isEqualTo(3L);
    }

    @Test
    void anUnknownCountIsAlwaysStale() {
        assertThat(new ViewCount(null, false).stale()).isTrue();
        assertThat(ViewCount.UNKNOWN.known()).isFalse();
        assertThat(ViewCount.ZERO.known()).isTrue();
    }

    @Test
    void theGuardIsUsedOnlyWhileCircuitBreakersIsOn() {
        FixSwitches switches = new FixSwitches(List.of());
        AtomicInteger guarded = new AtomicInteger();
        ViewCountsGuard refusing = call -> {
            guarded.incrementAndGet();
            throw new IllegalStateException("breaker open");
        };
        ViewCountsSource source = new CircuitBreakerSwitch(metrics, refusing, switches);
        metrics.answer("a", new ViewCount(3, false));
        MissingMeansZero reader = new MissingMeansZero(source);

        assertThat(reader.read("a")).isEqualTo(new ViewCount(3, false));
        switches.set(Fix.CIRCUIT_BREAKERS, true);
        assertThat(reader.read("a")).as("the breaker's refusal is the strategy's cannot-answer path").isEqualTo(new ViewCount(0, false));
        assertThat(guarded.get()).isEqualTo(1);
        assertThat(metrics.calls.get()).as("a refused call never reaches metrics-service").isEqualTo(1);
    }

    /** metrics-service's counts call as a test plays it. */
    private static final class PlayedMetrics implements ViewCountsSource {

        private final Map<String, ViewCount> counts = new LinkedHashMap<>();
        private final AtomicInteger calls = new AtomicInteger();
        private boolean down;

        void answer(String id, ViewCount count) {
            counts.put(id, count);
            down = false;
        }

        void down() {
            down = true;
        }

        @Override
        public Map<String, ViewCount> counts(Collection<String> videoIds) {
            calls.incrementAndGet();
            if (down) {
                throw new IllegalStateException("Connection refused");
            }
            Map<String, ViewCount> answer = new LinkedHashMap<>();
            for (String id : Set.copyOf(videoIds)) {
                if (counts.containsKey(id)) {
                    answer.put(id, counts.get(id));
                }
            }
            return answer;
        }
    }
}
