package io.reelstorm.metrics.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(200), Duration.ofSeconds(5));

    @Test
    void pausesDoubleFromTheMinimumUpToTheMaximum() {
        assertThat(backoff.after(1, 0.999)).isLessThanOrEqualTo(Duration.ofMillis(200));
        assertThat(backoff.after(2, 0.999)).isBetween(Duration.ofMillis(300), Duration.ofMillis(400));
        assertThat(backoff.after(3, 0.999)).isBetween(Duration.ofMillis(700), Duration.ofMillis(800));
        assertThat(backoff.after(50, 0.999)).isBetween(Duration.ofMillis(4900), Duration.ofSeconds(5));
    }

    @Test
    void eachPauseIsRandomisedBetweenHalfAndAllOfIt() {
        assertThat(backoff.after(3, 0.0)).isEqualTo(Duration.ofMillis(400));
        assertThat(backoff.after(Integer.MAX_VALUE, 0.0)).isEqualTo(Duration.ofMillis(2500));
    }
}
