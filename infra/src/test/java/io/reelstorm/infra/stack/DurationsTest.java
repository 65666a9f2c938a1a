package io.reelstorm.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void readsTheLauncherGrammar() {
        assertThat(Durations.parse("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(Durations.parse("30s")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("2m")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h")).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void refusesAnythingElseSayingWhatItExpects() {
        for (String bad : new String[] {"", "30", "s", "1.5s", "-3s", "3 days", "10x", null}) {
            assertThatThrownBy(() -> Durations.parse(bad)).as("%s", bad).hasMessageContaining("e.g. 500ms");
        }
    }
}
