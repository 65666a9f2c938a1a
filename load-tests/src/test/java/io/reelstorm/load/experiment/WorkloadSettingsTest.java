package io.reelstorm.load.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.load.experiment.WorkloadSettings.Segment;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class WorkloadSettingsTest {

    @Test
    void aSurgeSplitsTheRunIntoSegmentsThatCoverItExactly() {
        WorkloadSettings settings = settings(Duration.ofSeconds(180), "60000:60000:10");

        assertThat(settings.segments()).containsExactly(
                new Segment(Duration.ofSeconds(60), 4),
                new Segment(Duration.ofSeconds(60), 40),
                new Segment(Duration.ofSeconds(60), 4));
    }

    @Test
    void aSurgeRunningPastTheEndIsCutAtTheEnd() {
        assertThat(settings(Duration.ofSeconds(90), "60000:60000:2").segments()).containsExactly(
                new Segment(Duration.ofSeconds(60), 4),
                new Segment(Duration.ofSeconds(30), 8));
    }

    @Test
    void withoutSurgesTheRateIsConstant() {
        assertThat(settings(Duration.ofSeconds(30), "").segments()).containsExactly(new Segment(Duration.ofSeconds(30), 4));
    }

    private static WorkloadSettings settings(Duration duration, String surges) {
        return new WorkloadSettings("http://127.0.0.1:8080", Path.of("run"), duration, 4, 10, Duration.ofSeconds(5),
                Duration.ofSeconds(2), 42, WorkloadSettings.surges(surges));
    }
}
