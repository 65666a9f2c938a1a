package io.reelstorm.infra.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportHeadlineTest {

    private static Summary.Run run(String name, Map<String, Long> symptoms) {
        return new Summary.Run(name, null, true, 120, 30, 42L, 6.0, 0, symptoms, null, null, null, null, null, null, null);
    }

    private static EventSeries uploads(int failed, int ok) {
        List<Event> events = new java.util.ArrayList<>();
        for (int i = 0; i < failed; i++) {
            events.add(Event.parse(i + ",upload,,0,5000,3,upload-failed"));
        }
        for (int i = 0; i < ok; i++) {
            events.add(Event.parse(i + ",upload,east,201,80,1,ok"));
        }
        return EventSeries.of(events, 1);
    }

    @Test
    void saysWhatUsersSufferedWithThousandsSeparators() {
        Summary.Run naive = run("naive", Map.of("upload-failed", 41L, "zero-views", 1203L, "server-error", 77L, "timeout", 1L));

        assertThat(Headline.of(naive, uploads(41, 59)))
                .isEqualTo("naive: 41% of uploads failed (41 of 100), 1,203 zero-view readings, 1 timeout, 77 server errors.");
    }

    @Test
    void saysNoneWhenEverySymptomIsZeroAndMentionsShedApart() {
        Summary.Run resilient = run("resilient", Map.of("upload-failed", 0L, "timeout", 0L, "shed", 1312L));

        assertThat(Headline.of(resilient, uploads(0, 100)))
                .isEqualTo("resilient: none of the symptoms; 1,312 calls shed (429/503, counted apart).");
        assertThat(Headline.of(run("resilient", Map.of()), uploads(0, 0))).isEqualTo("resilient: none of the symptoms.");
    }

    @Test
    void countsFailedUploadsWhenNoUploadCallWasRecorded() {
        assertThat(Headline.of(run("naive", Map.of("upload-failed", 3L)), uploads(0, 0))).isEqualTo("naive: 3 failed uploads.");
    }

    @Test
    void roundsPercentsWithoutHidingRareFailures() {
        assertThat(Headline.percent(1, 3)).isEqualTo("33%");
        assertThat(Headline.percent(1, 300)).isEqualTo("0.3%");
        assertThat(Headline.percent(5, 100)).isEqualTo("5%");
        assertThat(Headline.percent(1, 5000)).isEqualTo("<0.1%");
        assertThat(Headline.percent(0, 10)).isEqualTo("0%");
    }
}
