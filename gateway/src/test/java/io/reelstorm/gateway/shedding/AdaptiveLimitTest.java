package io.reelstorm.gateway.shedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {

    private static final Duration USUAL = Duration.ofMillis(20);
    private static final Duration QUEUEING = Duration.ofMillis(400);
    /** Calls 10 ms apart, as a busy service sees them. */
    private final AtomicLong nanos = new AtomicLong();
    private final LongSupplier clock = () -> nanos.addAndGet(10_000_000);

    private static final AdaptiveLimitProperties PROPERTIES = new AdaptiveLimitProperties(true, 4, 30, 1.5, 0.2, 10, Duration.ofSeconds(60));

    @Test
    void answersAtTheUsualPaceLeaveALimitThatIsNotUsedAsItIs() {
        AdaptiveLimit limit = new AdaptiveLimit(20, PROPERTIES, clock);

        answerOneAtATime(limit, USUAL, 200);

        assertThat(limit.current()).isEqualTo(20);
    }

    @Test
    void answersSlowerThanToleranceTimesUsualShrinkItToTheMinimum() {
        AdaptiveLimit limit = new AdaptiveLimit(20, PROPERTIES, clock);
        answerOneAtATime(limit, USUAL, 100);

        answerOneAtATime(limit, QUEUEING, 5);
        assertThat(limit.current()).isBetween(10, 17);

        answerOneAtATime(limit, QUEUEING, 100);
        assertThat(limit.current()).isEqualTo(4);
    }

    @Test
    void queueingThatGoesOnTakesItBelowTheQueueAllowanceDownToAMinimumOfOne() {
        AdaptiveLimit limit = new AdaptiveLimit(30, new AdaptiveLimitProperties(true, 1, 30, 1.5, 0.2, 10, Duration.ofSeconds(60)), clock);
        answerOneAtATime(limit, USUAL, 100);

        answerOneAtATime(limit, QUEUEING, 100);

        assertThat(limit.current()).isEqualTo(1);
        assertThat(limit.tryAcquire()).isTrue();
        assertThat(limit.tryAcquire()).isFalse();
    }

    @Test
    void aPlaceGivenBackUnusedTeachesItNothing() {
        AdaptiveLimit limit = new AdaptiveLimit(4, PROPERTIES, clock);
        for (int i = 0; i < 4; i++) {
            assertThat(limit.tryAcquire()).isTrue();
        }
        assertThat(limit.tryAcquire()).isFalse();

        limit.giveBack();

        assertThat(limit.inFlight()).isEqualTo(3);
        assertThat(limit.current()).isEqualTo(4);
        assertThat(limit.tryAcquire()).isTrue();
    }

    @Test
    void aLittleSlowerThanUsualIsWithinTolerance() {
        AdaptiveLimit limit = new AdaptiveLimit(20, PROPERTIES, clock);
        answerOneAtATime(limit, USUAL, 100);

        answerOneAtATime(limit, Duration.ofMillis(26), 100);

        assertThat(limit.current()).isEqualTo(20);
    }

    @Test
    void aBusyServiceAnsweringAtItsUsualPaceGetsMorePlacesUpToTheMaximum() {
        AdaptiveLimit limit = new AdaptiveLimit(8, PROPERTIES, clock);
        for (int i = 0; i < 8; i++) {
            assertThat(limit.tryAcquire()).isTrue();
        }

        for (int i = 0; i < 300; i++) {
            limit.release(USUAL);
            while (limit.tryAcquire()) {
                // keep every place busy, as a surge does
            }
        }

        assertThat(limit.current()).isEqualTo(30);
        assertThat(limit.inFlight()).isEqualTo(30);
    }

    @Test
    void itRecoversWhenTheQueueDrains() {
        AdaptiveLimit limit = new AdaptiveLimit(30, PROPERTIES, clock);
        answerOneAtATime(limit, USUAL, 100);
        answerOneAtATime(limit, QUEUEING, 100);
        assertThat(limit.current()).isEqualTo(4);

        for (int i = 0; i < 4; i++) {
            limit.tryAcquire();
        }
        for (int i = 0; i < 500; i++) {
            limit.release(USUAL);
            while (limit.tryAcquire()) {
                // busy again
            }
        }

        assertThat(limit.current()).isEqualTo(30);
    }

    @Test
    void aSurgeOfManyCallsDoesNotMakeItsSlownessTheUsualPace() {
        AdaptiveLimit limit = new AdaptiveLimit(30, PROPERTIES, clock);
        answerOneAtATime(limit, USUAL, 100);

        answerOneAtATime(limit, QUEUEING, 1_500);

        assertThat(limit.current()).as("15 s of queueing at 100 calls a second").isEqualTo(4);
    }

    @Test
    void itAdmitsOnlyWhatItHasRoomForAndNeverWaits() {
        AdaptiveLimit limit = new AdaptiveLimit(30, PROPERTIES, clock);
        answerOneAtATime(limit, USUAL, 100);
        answerOneAtATime(limit, QUEUEING, 100);

        for (int i = 0; i < 4; i++) {
            assertThat(limit.tryAcquire()).isTrue();
        }
        assertThat(limit.tryAcquire()).isFalse();
        limit.release(QUEUEING);
        assertThat(limit.tryAcquire()).isTrue();
    }

    @Test
    void settingsThatCannotWorkAreRefusedAtStartup() {
        assertThatThrownBy(() -> new AdaptiveLimitProperties(true, 10, 5, 1.5, 0.2, 10, Duration.ofSeconds(60)))
                .hasMessageContaining("min (10) exceeds max (5)");
    }

    private static void answerOneAtATime(AdaptiveLimit limit, Duration answeredIn, int calls) {
        for (int i = 0; i < calls; i++) {
            assertThat(limit.tryAcquire()).isTrue();
            limit.release(answeredIn);
        }
    }
}
