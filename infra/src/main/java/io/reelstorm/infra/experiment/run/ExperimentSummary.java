package io.reelstorm.infra.experiment.run;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** The whole experiment as {@code summary.json} holds it, and the side-by-side table the console shows. */
public record ExperimentSummary(String scenario, String title, String models, String startedAt, double wallSeconds,
                                boolean passed, List<RunSummary> runs) {

    public void write(Path file) {
        JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValue(file.toFile(), this);
    }

    public void printTable(PrintStream out) {
        out.printf("%n%-22s", "symptom (calls)");
        runs.forEach(run -> out.printf("%14s", run.name()));
        out.println();
        for (String symptom : runs.getFirst().symptoms().keySet()) {
            out.printf("%-22s", symptom);
            runs.forEach(run -> out.printf("%14d", run.symptoms().get(symptom)));
            out.println();
        }
        out.printf("%-22s", "calls");
        runs.forEach(run -> out.printf("%14d", run.calls()));
        out.printf("%n%-22s", "verifier violations");
        runs.forEach(run -> out.printf("%14d", run.verifier().violations().size()));
        out.printf("%n%-22s", "result");
        runs.forEach(run -> out.printf("%14s", run.passed() ? "as expected" : "NOT as expected"));
        out.println();
        for (RunSummary run : runs) {
            run.expectations().forEach(result -> out.printf("  %-10s %-4s %s: %s%n", run.name(), result.passed() ? "ok" : "FAIL",
                    result.rule(), result.detail()));
            run.verifier().violations().stream().limit(5).forEach(violation -> out.printf("  %-10s      verifier: %s in %s, video %s: %s%n",
                    run.name(), violation.rule(), violation.dc(), violation.videoId(), violation.detail()));
        }
    }
}
