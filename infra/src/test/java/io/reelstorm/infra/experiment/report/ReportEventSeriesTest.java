package io.reelstorm.infra.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportEventSeriesTest {

    private static EventSeries naive() {
        return EventSeries.of(ReportFixture.naiveEvents().stream().map(Event::parse).toList(), 120);
    }

    @Test
    void bucketsCallsByTheSecondTheyWereSent() {
        EventSeries series = naive();

        assertThat(series.seconds()).isEqualTo(120);
        assertThat(series.successPercent().subList(38, 42)).containsExactly(100.0, 100.0, 33.3, 50.0);
        assertThat(series.noAnswerPercent().subList(38, 42)).containsExactly(0.0, 0.0, 66.7, 50.0);
        assertThat(series.successPercent().get(85)).isEqualTo(50.0);
    }

    @Test
    void givesEachDataCenterItsOwnLineWithGapsWhereItAnsweredNothing() {
        EventSeries series = naive();

        assertThat(series.dcs()).containsExactly("east", "west");
        assertThat(series.successPercent("east").subList(39, 41)).containsExactly(100.0, null);
        assertThat(series.successPercent("east").get(80)).isEqualTo(100.0);
        assertThat(series.successPercent("west").subList(79, 81)).containsExactly(100.0, 0.0);
    }

    @Test
    void countsEverySymptomOfACall() {
        EventSeries series = naive();

        assertThat(series.counts(Symptom.TIMEOUT).subList(39, 42)).containsExactly(0, 2, 1);
        assertThat(series.counts(Symptom.UPLOAD_FAILED).subList(39, 42)).containsExactly(0, 1, 0);
        assertThat(series.counts(Symptom.SERVER_ERROR).stream().mapToInt(Integer::intValue).sum()).isEqualTo(7);
        assertThat(series.uploadCalls()).isEqualTo(60);
        assertThat(series.failedUploads()).isEqualTo(20);
    }

    @Test
    void leavesShedCallsOutOfTheSuccessRateButCountsThem() {
        EventSeries series = EventSeries.of(ReportFixture.resilientEvents().stream().map(Event::parse).toList(), 120);

        assertThat(series.successPercent().get(60)).isEqualTo(100.0);
        assertThat(series.successPercent("west").get(60)).isEqualTo(100.0);
        assertThat(series.counts(Symptom.SHED).subList(59, 66)).containsExactly(0, 1, 1, 1, 1, 1, 0);
        assertThat(series.noAnswerPercent().subList(59, 66)).containsOnly(0.0);
    }

    @Test
    void runsToTheEndOfTheLoadEvenWhenTheLastSecondsAreQuiet() {
        EventSeries series = EventSeries.of(List.of(Event.parse("500,feed,east,200,12,1,ok")), 9.5);

        assertThat(series.seconds()).isEqualTo(10);
        assertThat(series.successPercent()).startsWith(100.0, null);
    }

    @Test
    void namesTheFileAndLineOfABadRow(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("events.csv");
        Files.writeString(csv, Event.HEADER + "\n100,feed,east,200,12,1,ok\n200,feed,east,oops,12,1,ok\n");

        assertThatThrownBy(() -> EventSeries.read(csv, 10)).hasMessageContaining("events.csv:3");
    }
}
