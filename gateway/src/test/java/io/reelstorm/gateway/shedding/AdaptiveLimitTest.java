package io.reelstorm.gateway.shedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AdaptiveLimitTest {

    private static final Duration TARGET = Duration.ofSeconds(1);
    private static final Duration FAST = Duration.ofMillis(50);
    private static final Duration SLOW = Duration.ofMillis(1500);

    private final AtomicLong nanos = new AtomicLong(1_000_000_000_000L);
    private final Bulkhead bulkhead = Bulkhead.of("feed-service", BulkheadConfig.custom().maxConcurrentCalls(20)
            .maxWaitDuration(Duration.ZERO).build());
    private final AdaptiveLimit limit = new AdaptiveLimit(bulkhead, new AdaptiveLimitProperties(true, 4, 30, TARGET, 0.5), nanos::get);

    @Test
    void aSlowAnswerNarrowsTheBulkheadByTheBackoffRatio() {
        limit.onCallFinished(SLOW, false);

        assertThat(limit.current()).isEqualTo(10);
        assertThat(bulkhead.getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(10);
    }

    @Test
    void aServerErrorNarrowsItHoweverFastItCame() {
        limit.onCallFinished(FAST, true);

        assertThat(limit.current()).isEqualTo(10);
    }

    @Test
    void aBurstOfSlowAnswersCountsOncePerTargetsWorthOfTime() {
        for (int i = 0; i < 50; i++) {
            limit.onCallFinished(SLOW, false);
        }
        assertThat(limit.current()).isEqualTo(10);

        nanos.addAndGet(TARGET.toNanos());
        limit.onCallFinished(SLOW, false);

        assertThat(limit.current()).isEqualTo(5);
    }

    @Test
    void fastAnswersWidenItByOnePlacePerLimitsWorthOfCalls() {
        for (int i = 0; i < 20; i++) {
            limit.onCallFinished(FAST, false);
        }

        assertThat(limit.current()).isEqualTo(20);
        limit.onCallFinished(FAST, false);
        assertThat(limit.current()).isEqualTo(21);
        assertThat(bulkhead.getBulkheadConfig().getMaxConcurrentCalls()).isEqualTo(21);
    }

    @Test
    void itStaysWithinItsBounds() {
        for (int i = 0; i < 10; i++) {
            nanos.addAndGet(TARGET.toNanos());
            limit.onCallFinished(SLOW, false);
        }
        assertThat(limit.current()).isEqualTo(4);

        for (int i = 0; i < 5_000; i++) {
            limit.onCallFinished(FAST, false);
        }
        assertThat(limit.current()).isEqualTo(30);
    }

    @Test
    void aNarrowedBulkheadRefusesWhatItNoLongerHasRoomFor() {
        for (int i = 0; i < 10; i++) {
            nanos.addAndGet(TARGET.toNanos());
            limit.onCallFinished(SLOW, false);
        }

        for (int i = 0; i < 4; i++) {
            assertThat(bulkhead.tryAcquirePermission()).isTrue();
        }
        assertThat(bulkhead.tryAcquirePermission()).isFalse();
    }

    @Test
    void boundsThatCrossAreRefusedAtStartup() {
        assertThatThrownBy(() -> new AdaptiveLimitProperties(true, 10, 5, TARGET, 0.8))
                .hasMessageContaining("min (10) exceeds max (5)");
    }
}
