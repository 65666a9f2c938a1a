package io.reelstorm.metrics.replication;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StreamIdsTest {

    @Test
    void idsOrderByTimeThenSequenceNotAsText() {
        assertThat(StreamIds.compare("999-0", "1000-0")).isNegative();
        assertThat(StreamIds.compare("1000-10", "1000-9")).isPositive();
        assertThat(StreamIds.compare("1000-3", "1000-3")).isZero();
        assertThat(StreamIds.compare(StreamIds.ZERO, "1-0")).isNegative();
    }

    @Test
    void theTimeOfAnEntryIsItsMillisecondPart() {
        assertThat(StreamIds.millis("1795296823070-29")).isEqualTo(1795296823070L);
        assertThat(StreamIds.millis("1795296823070")).isEqualTo(1795296823070L);
    }
}
