package io.reelstorm.metrics.trending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelstorm.metrics.trending.TrendingDecay.ViewWeights;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TrendingDecayTest {

    private static final Duration HALF_LIFE = Duration.ofHours(6);
    private final TrendingDecay decay = new TrendingDecay(HALF_LIFE);
    private final Instant now = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void tenViewsAnHourAgoOutrankTenViewsADayAgo() {
        Boards boards = new Boards();
        boards.view("recent", now.minus(Duration.ofHours(1)), 10);
        boards.view("older", now.minus(Duration.ofDays(1)), 10);

        assertThat(boards.score("recent", now)).isGreaterThan(boards.score("older", now));
    }

    @Test
    void aViewIsWorthOneWhenFreshAndHalfAfterOneHalfLife() {
        Boards boards = new Boards();
        boards.view("fresh", now, 1);
        boards.view("half", now.minus(HALF_LIFE), 1);
        boards.view("quarter", now.minus(HALF_LIFE.multipliedBy(2)), 4);

        assertThat(boards.score("fresh", now)).isCloseTo(1.0, within(1e-9));
        assertThat(boards.score("half", now)).isCloseTo(0.5, within(1e-9));
        assertThat(boards.score("quarter", now)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void manyOlderViewsCanStillOutrankAFewFreshOnes() {
        Boards boards = new Boards();
        boards.view("viral-yesterday", now.minus(Duration.ofDays(1)), 1000);
        boards.view("new", now, 10);

        // 1000 views four half-lives ago are worth 62.5 fresh ones.
        assertThat(boards.score("viral-yesterday", now)).isCloseTo(62.5, within(1e-6));
        assertThat(boards.score("viral-yesterday", now)).isGreaterThan(boards.score("new", now));
    }

    @Test
    void scoresAndOrderCarryOverWhenANewEpochBegins() {
        long epoch = decay.epoch(now);
        Instant boundary = decay.epochStart(epoch + 1);
        Boards boards = new Boards();
        boards.view("a", boundary.minus(Duration.ofHours(3)), 4);
        boards.view("b", boundary.minus(Duration.ofHours(30)), 10);
        boards.view("c", boundary.minus(Duration.ofDays(3)), 10_000);

        Instant justBefore = boundary.minusMillis(1);
        for (String video : new String[] {"a", "b", "c"}) {
            double before = boards.score(video, justBefore);
            double after = boards.score(video, boundary);
            assertThat(after).as(video).isCloseTo(before, within(before * 1e-6));
        }
        assertThat(boards.ranking(justBefore)).containsExactly("a", "c", "b");
        assertThat(boards.ranking(boundary)).containsExactly("a", "c", "b");
    }

    @Test
    void viewsAfterTheRollOverAddToTheWarmBoard() {
        Instant boundary = decay.epochStart(decay.epoch(now) + 1);
        Boards boards = new Boards();
        boards.view("old-favourite", boundary.minus(HALF_LIFE), 4);
        boards.view("newcomer", boundary.plus(Duration.ofMinutes(1)), 3);

        Instant later = boundary.plus(Duration.ofMinutes(1));
        assertThat(boards.score("old-favourite", later)).isCloseTo(2.0, within(0.01));
        assertThat(boards.score("newcomer", later)).isCloseTo(3.0, within(1e-9));
        assertThat(boards.ranking(later)).containsExactly("newcomer", "old-favourite");
    }

    @Test
    void weightsStayWithinThirtyTwoHalfLivesSoScoresNeverOverflow() {
        long epoch = decay.epoch(now);
        Instant start = decay.epochStart(epoch);
        Instant lastMoment = decay.epochStart(epoch + 1).minusMillis(1);

        ViewWeights atStart = decay.weights(start);
        ViewWeights atEnd = decay.weights(lastMoment);

        assertThat(atStart.epoch()).isEqualTo(epoch);
        assertThat(atEnd.epoch()).isEqualTo(epoch);
        assertThat(atStart.current()).isEqualTo(1.0);
        assertThat(atStart.next()).isCloseTo(Math.pow(2, -32), within(1e-15));
        assertThat(atEnd.current()).isLessThan(Math.pow(2, 32)).isGreaterThan(Math.pow(2, 31));
        assertThat(atEnd.next()).isLessThan(1.0).isGreaterThan(0.5);
    }

    @Test
    void aBoardOutlivesTheEpochItIsReadIn() {
        long epoch = decay.epoch(now);

        assertThat(decay.expiry(epoch)).isAfter(decay.epochStart(epoch + 1));
        assertThat(decay.epochStart(epoch + 1)).isEqualTo(decay.epochStart(epoch).plus(HALF_LIFE.multipliedBy(32)));
    }

    /** The boards as the ingest script keeps them: each view adds to its epoch's board and the next. */
    private final class Boards {

        private final Map<Long, Map<String, Double>> byEpoch = new HashMap<>();

        void view(String video, Instant at, int times) {
            ViewWeights weights = decay.weights(at);
            for (int i = 0; i < times; i++) {
                byEpoch.computeIfAbsent(weights.epoch(), e -> new HashMap<>()).merge(video, weights.current(), Double::sum);
                byEpoch.computeIfAbsent(weights.epoch() + 1, e -> new HashMap<>()).merge(video, weights.next(), Double::sum);
            }
        }

        double score(String video, Instant at) {
            long epoch = decay.epoch(at);
            return decay.decayedViews(byEpoch.getOrDefault(epoch, Map.of()).getOrDefault(video, 0.0), epoch, at);
        }

        List<String> ranking(Instant at) {
            long epoch = decay.epoch(at);
            return byEpoch.getOrDefault(epoch, Map.of()).entrySet().stream()
                    .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(Map.Entry::getKey)
                    .toList();
        }
    }
}
