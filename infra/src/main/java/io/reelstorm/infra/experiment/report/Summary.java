package io.reelstorm.infra.experiment.report;

import java.util.List;
import java.util.Map;

/** The report's reading of an experiment's {@code summary.json}; absent collections read as empty. */
record Summary(
        String scenario,
        String title,
        String models,
        String startedAt,
        double wallSeconds,
        boolean passed,
        List<Run> runs) {

    Summary {
        runs = runs == null ? List.of() : List.copyOf(runs);
    }

    record Run(
            String name,
            List<String> fixes,
            boolean passed,
            double loadSeconds,
            double baselineSeconds,
            Long seed,
            Double rate,
            long calls,
            Map<String, Long> symptoms,
            Map<String, Writes> writes,
            List<Step> timeline,
            Latency latency,
            Verifier verifier,
            List<Expectation> expectations,
            String gatlingReport,
            String eventsFile) {

        Run {
            fixes = fixes == null ? List.of() : List.copyOf(fixes);
            symptoms = symptoms == null ? Map.of() : symptoms;
            writes = writes == null ? Map.of() : writes;
            timeline = timeline == null ? List.of() : List.copyOf(timeline);
            latency = latency == null ? new Latency(null, null) : latency;
            verifier = verifier == null ? new Verifier(true, 0, null) : verifier;
            expectations = expectations == null ? List.of() : List.copyOf(expectations);
        }

        long symptom(String name) {
            return symptoms.getOrDefault(name, 0L);
        }
    }

    record Writes(long acknowledged, long inDoubt) {}

    /** A timeline step as applied: a fault or a load surge spans until {@code endSeconds} (null: still active at the end). */
    record Step(double atSeconds, Double endSeconds, String label, String kind) {

        boolean isWindow() {
            return "fault".equals(kind) || "surge".equals(kind);
        }
    }

    record Latency(Map<String, Percentiles> baseline, Map<String, Percentiles> after) {

        Latency {
            baseline = baseline == null ? Map.of() : baseline;
            after = after == null ? Map.of() : after;
        }
    }

    record Percentiles(long count, double p50, double p95, double p99) {}

    record Verifier(boolean clean, long checkedVideos, List<Violation> violations) {

        Verifier {
            violations = violations == null ? List.of() : List.copyOf(violations);
        }
    }

    record Violation(String rule, String dc, String videoId, String detail) {}

    record Expectation(String rule, boolean passed, String detail) {}
}
