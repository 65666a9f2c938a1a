package io.reelstorm.metrics.counters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SlotsTest {

    @Test
    void aSlotIsNamedByItsDataCenterAndIncarnation() {
        assertThat(Slots.of("east", "01JDQ2V3Y8M5ZK7T0E6P9H4W1C")).isEqualTo("east.01JDQ2V3Y8M5ZK7T0E6P9H4W1C");
    }

    @Test
    void aCountIsTheSumOfEverySlotOldAndNewOfBothDataCenters() {
        assertThat(Slots.sum(List.of("5", "3", "12", "1"))).isEqualTo(21);
        assertThat(Slots.sum(List.of())).as("a video nobody watched").isZero();
    }

    @Test
    void countsBeyondTwoBillionAddUp() {
        assertThat(Slots.sum(List.of("3000000000", "3000000000"))).isEqualTo(6_000_000_000L);
    }
}
