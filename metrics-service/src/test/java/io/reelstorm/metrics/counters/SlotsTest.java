package io.reelstorm.metrics.counters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlotsTest {

    @Test
    void aSlotIsNamedByItsDataCenterAndIncarnation() {
        assertThat(Slots.of("east", "01JDQ2V3Y8M5ZK7T0E6P9H4W1C")).isEqualTo("east.01JDQ2V3Y8M5ZK7T0E6P9H4W1C");
    }
}
