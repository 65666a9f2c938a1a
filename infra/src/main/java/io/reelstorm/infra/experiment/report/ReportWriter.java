package io.reelstorm.infra.experiment.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes an experiment's {@code report.html} from its {@code summary.json} and each run's {@code events.csv}:
 * one file that opens offline, Chart.js and the data inlined.
 */
public final class ReportWriter {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private static final DateTimeFormatter STARTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private ReportWriter() {}

    /** Returns the path of the report written, {@code experimentDir/report.html}. */
    public static Path write(Path experimentDir) throws IOException {
        Path summaryFile = experimentDir.resolve("summary.json");
        Summary summary;
        try {
            summary = JSON.readValue(Files.readString(summaryFile), Summary.class);
        } catch (JacksonException e) {
            throw new IOException(summaryFile + ": " + e.getOriginalMessage(), e);
        }
        List<String> headlines = new ArrayList<>();
        List<RunCharts> charts = new ArrayList<>();
        for (Summary.Run run : summary.runs()) {
            EventSeries events = EventSeries.read(experimentDir.resolve(run.eventsFile()), run.loadSeconds());
            headlines.add(Headline.of(run, events));
            charts.add(RunCharts.of(run, events));
        }
        Sections sections = new Sections(summary.runs());
        String page = Html.fill(Resources.template(), Map.ofEntries(
                Map.entry("pageTitle", Html.text(summary.title() + " — ReelStorm experiment")),
                Map.entry("scenario", Html.text(summary.scenario())),
                Map.entry("startedAt", Html.text(startedAt(summary.startedAt()))),
                Map.entry("wall", Html.text(minutes(summary.wallSeconds()))),
                Map.entry("verdict", Sections.badge(summary.passed())),
                Map.entry("headlines", sections.headlines(headlines)),
                Map.entry("title", Html.text(summary.title())),
                Map.entry("models", Html.text(summary.models())),
                Map.entry("successFigures", sections.figures("success", "Percent of calls that succeeded per second")),
                Map.entry("symptomFigures", sections.figures("symptoms", "Symptoms per second")),
                Map.entry("latencyFigures", sections.figures("latency", "Latency percentiles per route")),
                Map.entry("symptomTable", sections.symptoms()),
                Map.entry("expectations", sections.expectations()),
                Map.entry("verifier", sections.verifier()),
                Map.entry("runTable", sections.runs(experimentDir)),
                Map.entry("data", Html.json(JSON.writeValueAsString(charts))),
                Map.entry("chartJs", Html.script(Resources.chartJs())),
                Map.entry("reportJs", Html.script(Resources.script()))));
        Path report = experimentDir.resolve("report.html");
        Files.writeString(report, page);
        return report;
    }

    private static String startedAt(String instant) {
        try {
            return STARTED.format(Instant.parse(instant));
        } catch (DateTimeParseException | NullPointerException e) {
            return String.valueOf(instant);
        }
    }

    private static String minutes(double seconds) {
        long s = Math.round(seconds);
        return s < 60 ? s + " s" : String.format(Locale.ENGLISH, "%d min %02d s", s / 60, s % 60);
    }
}
