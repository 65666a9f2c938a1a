package io.reelstorm.infra.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.link.LinkFault.Latency;
import io.reelstorm.infra.link.LinkFault.Loss;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.LongSummaryStatistics;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReleaseScheduleTest {

    private static final long MS = 1_000_000;
    private static final long SECOND = 1_000 * MS;

    private final ReleaseSchedule schedule = new ReleaseSchedule(new SplittableRandom(1));

    private static ActiveFaults faults(LinkFault... faults) {
        ActiveFaults active = ActiveFaults.NONE;
        for (LinkFault fault : faults) {
            active = active.with(fault, 0);
        }
        return active;
    }

    @Test
    void spreadsDelaysOverDelayPlusOrMinusJitter() {
        ActiveFaults latency = faults(new Latency(Duration.ofMillis(100), Duration.ofMillis(30)));
        LongSummaryStatistics delays = new LongSummaryStatistics();
        for (int i = 0; i < 2_000; i++) {
            long arrival = i * SECOND;
            delays.accept(schedule.releaseAt(arrival, latency) - arrival);
        }
        assertThat(delays.getMin()).isBetween(70 * MS, 72 * MS);
        assertThat(delays.getMax()).isBetween(128 * MS, 130 * MS);
        assertThat(delays.getAverage()).isBetween(97.0 * MS, 103.0 * MS);
    }

    @Test
    void neverDeliversAChunkBeforeItArrivedWhenTheJitterExceedsTheDelay() {
        ActiveFaults latency = faults(new Latency(Duration.ofMillis(10), Duration.ofMillis(50)));
        for (int i = 0; i < 1_000; i++) {
            long arrival = i * SECOND;
            assertThat(schedule.releaseAt(arrival, latency)).isBetween(arrival, arrival + 60 * MS);
        }
    }

    @Test
    void neverReleasesAChunkBeforeTheOneAheadOfIt() {
        ActiveFaults latency = faults(new Latency(Duration.ofMillis(50), Duration.ofMillis(40)));
        List<Long> releases = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            releases.add(schedule.releaseAt(i * MS, latency));
        }
        assertThat(releases).isSorted();
        assertThat(releases.getLast()).isGreaterThanOrEqualTo(999 * MS + 10 * MS);
    }

    @Test
    void doublesTheRetransmissionTimeoutForConsecutiveLossesUpToThreePointTwoSeconds() {
        ActiveFaults totalLoss = faults(new Loss(100));
        List<Long> delays = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            long arrival = i * 10 * SECOND;
            delays.add((schedule.releaseAt(arrival, totalLoss) - arrival) / MS);
        }
        assertThat(delays).containsExactly(200L, 400L, 800L, 1_600L, 3_200L, 3_200L, 3_200L);
    }

    @Test
    void startsAgainFromTwoHundredMillisecondsAfterADeliveredChunk() {
        ActiveFaults totalLoss = faults(new Loss(100));
        schedule.releaseAt(0, totalLoss);
        schedule.releaseAt(10 * SECOND, totalLoss);
        assertThat(schedule.releaseAt(20 * SECOND, ActiveFaults.NONE)).isEqualTo(20 * SECOND);
        assertThat(schedule.releaseAt(30 * SECOND, totalLoss)).isEqualTo(30 * SECOND + 200 * MS);
    }

    @Test
    void addsNothingWithoutLatencyOrLoss() {
        ActiveFaults none = faults(new Loss(0), new Latency(Duration.ZERO));
        for (int i = 0; i < 100; i++) {
            assertThat(schedule.releaseAt(i * MS, none)).isEqualTo(i * MS);
        }
        assertThat(none.passesThrough()).isTrue();
    }

    @Test
    void addsTheLossTimeoutOnTopOfTheLatency() {
        ActiveFaults both = faults(new Loss(100), new Latency(Duration.ofMillis(50)));
        assertThat(schedule.releaseAt(0, both)).isEqualTo(250 * MS);
    }
}
