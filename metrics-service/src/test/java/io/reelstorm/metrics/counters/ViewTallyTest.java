package io.reelstorm.metrics.counters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ViewTallyTest {

    @Test
    void aCountIsTheSumOfEverySlotOldAndNewOfBothDataCenters() {
        ViewTally tally = ViewTally.of(Map.of("east.A", "5", "east.B", "3", "west.C", "12", "west.D", "1"));

        assertThat(tally).isEqualTo(new ViewTally(21, 0));
        assertThat(tally.views()).isEqualTo(21);
        assertThat(ViewTally.of(Map.of())).as("a video nobody watched").isEqualTo(ViewTally.NONE);
    }

    @Test
    void retractionFieldsGiveViewsBack() {
        ViewTally tally = ViewTally.of(Map.of("east.A", "1", "west.C", "3", "west.C!r", "-1"));

        assertThat(tally).isEqualTo(new ViewTally(4, 1));
        assertThat(tally.views()).isEqualTo(3);
    }

    @Test
    void countsBeyondTwoBillionAddUp() {
        assertThat(ViewTally.of(Map.of("east.A", "3000000000", "west.C", "3000000000")).views()).isEqualTo(6_000_000_000L);
    }

    @Test
    void whatTwoTalliesProveIsTheHigherOfEachPart() {
        assertThat(new ViewTally(6, 0).atLeast(new ViewTally(4, 1))).isEqualTo(new ViewTally(6, 1));
        assertThat(new ViewTally(6, 0).atLeast(null)).isEqualTo(new ViewTally(6, 0));
    }
}
