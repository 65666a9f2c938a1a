package io.reelstorm.gateway.shedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {

    private static final Duration TARGET = Duration.ofSeconds(1);
    private static final Duration FAST = Duration.ofMillis(50);
    private static final Duration SLOW = Duration.ofMillis(1500);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final AdaptiveLimit limit = new AdaptiveLimit(20, new AdaptiveLimitProperties(true, 4, 30, TARGET, 0.5), nanos::get);

    @Test
    void aSlowAnswerNarrowsTheBulkheadByTheBackoffRatio() {
        finish(SLOW, false);

        assertThat(limit.current()).isEqualTo(10);
    }

    @Test
    void aServerErrorNarrowsItHoweverFastItCame() {
        finish(FAST, true);

        assertThat(limit.current()).isEqualTo(10);
    }

    @Test
    void aBurstOfSlowAnswersCountsOncePerTargetsWorthOfTime() {
        for (int i = 0; i < 50; i++) {
            finish(SLOW, false);
        }
        assertThat(limit.current()).isEqualTo(10);

        nanos.addAndGet(TARGET.toNanos());
        finish(SLOW, false);

        assertThat(limit.current()).isEqualTo(5);
    }

    @Test
    void fastAnswersWidenItByOnePlacePerLimitsWorthOfCalls() {
        for (int i = 0; i < 20; i++) {
            finish(FAST, false);
        }

        assertThat(limit.current()).isEqualTo(20);
        finish(FAST, false);
        assertThat(limit.current()).isEqualTo(21);
    }

    @Test
    void itStaysWithinItsBounds() {
        for (int i = 0; i < 10; i++) {
            nanos.addAndGet(TARGET.toNanos());
            finish(SLOW, false);
        }
        assertThat(limit.current()).isEqualTo(4);

        for (int i = 0; i < 5_000; i++) {
            finish(FAST, false);
        }
        assertThat(limit.current()).isEqualTo(30);
    }

    @Test
    void aNarrowedLimitAdmitsOnlyWhatItHasRoomForAndNeverWaits() {
        for (int i = 0; i < 10; i++) {
            nanos.addAndGet(TARGET.toNanos());
            finish(SLOW, false);
        }

        for (int i = 0; i < 4; i++) {
            assertThat(limit.tryAcquire()).isTrue();
        }
        assertThat(limit.tryAcquire()).isFalse();
        limit.release(FAST, false);
        assertThat(limit.tryAcquire()).isTrue();
    }

    @Test
    void narrowingBelowTheCallsInFlightRefusesNewOnesUntilEnoughHaveEnded() {
        for (int i = 0; i < 12; i++) {
            assertThat(limit.tryAcquire()).isTrue();
        }

        limit.release(SLOW, false);

        assertThat(limit.current()).isEqualTo(10);
        assertThat(limit.inFlight()).isEqualTo(11);
        assertThat(limit.tryAcquire()).isFalse();
    }

    /** A call that took its place and ended so. */
    private void finish(Duration latency, boolean serverError) {
        assertThat(limit.tryAcquire()).isTrue();
        limit.release(latency, serverError);
    }

    @Test
    void boundsThatCrossAreRefusedAtStartup() {
        assertThatThrownBy(() -> new AdaptiveLimitProperties(true, 10, 5, TARGET, 0.8))
                .hasMessageContaining("min (10) exceeds max (5)");
    }
}
