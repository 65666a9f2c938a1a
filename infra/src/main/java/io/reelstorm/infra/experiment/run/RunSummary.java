package io.reelstorm.infra.experiment.run;

import java.util.List;
import java.util.Map;

/** One run of an experiment as {@code summary.json} holds it (the report is drawn from these). */
public record RunSummary(String name, List<String> fixes, boolean passed, double loadSeconds, double baselineSeconds,
                         long seed, double rate, long calls, Map<String, Long> symptoms, Map<String, Writes.Tally> writes,
                         List<TimelinePlayer.Entry> timeline, Map<String, Map<String, RunAnalysis.Latency>> latency,
                         VerifierReport verifier, List<ExpectationJudge.Result> expectations, String gatlingReport,
                         String eventsFile, int gatlingExitCode) {
}
