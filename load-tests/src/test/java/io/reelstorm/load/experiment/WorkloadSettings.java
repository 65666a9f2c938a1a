package io.reelstorm.load.experiment;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The workload's shape, from system properties the launcher sets ({@code reelstorm.experiment.*}).
 *
 * @param surges windows in which the arrival rate is multiplied, as {@code atMillis:forMillis:times} comma lists
 */
record WorkloadSettings(String baseUrl, Path runFolder, Duration duration, double rate, int creatorsPercent,
                        Duration timeout, Duration stalenessBudget, long seed, List<Surge> surges) {

    record Surge(Duration at, Duration length, double times) {
    }

    static WorkloadSettings fromSystemProperties() {
        return new WorkloadSettings(
                System.getProperty("reelstorm.baseUrl", "http://127.0.0.1:8080"),
                Path.of(System.getProperty("reelstorm.experiment.runFolder", "target/experiment-run")),
                Duration.ofMillis(Long.getLong("reelstorm.experiment.durationMillis", 60_000)),
                Double.parseDouble(System.getProperty("reelstorm.experiment.rate", "4")),
                Integer.getInteger("reelstorm.experiment.creatorsPercent", 10),
                Duration.ofMillis(Long.getLong("reelstorm.experiment.timeoutMillis", 5_000)),
                Duration.ofMillis(Long.getLong("reelstorm.experiment.stalenessBudgetMillis", 2_000)),
                Long.getLong("reelstorm.experiment.seed", 42),
                surges(System.getProperty("reelstorm.experiment.surges", "")));
    }

    static List<Surge> surges(String text) {
        List<Surge> surges = new ArrayList<>();
        for (String surge : text.split(",")) {
            if (surge.isBlank()) {
                continue;
            }
            String[] parts = surge.trim().split(":");
            surges.add(new Surge(Duration.ofMillis(Long.parseLong(parts[0])), Duration.ofMillis(Long.parseLong(parts[1])),
                    Double.parseDouble(parts[2])));
        }
        return List.copyOf(surges);
    }

    /** The arrival rate over time: consecutive segments of constant rate covering the whole duration. */
    List<Segment> segments() {
        List<Segment> segments = new ArrayList<>();
        Duration cursor = Duration.ZERO;
        for (Surge surge : surges.stream().sorted((a, b) -> a.at().compareTo(b.at())).toList()) {
            if (surge.at().compareTo(cursor) > 0) {
                segments.add(new Segment(surge.at().minus(cursor), rate));
            }
            Duration end = min(surge.at().plus(surge.length()), duration);
            if (end.compareTo(cursor) > 0) {
                segments.add(new Segment(end.minus(max(cursor, surge.at())), rate * surge.times()));
                cursor = end;
            }
        }
        if (duration.compareTo(cursor) > 0) {
            segments.add(new Segment(duration.minus(cursor), rate));
        }
        return segments;
    }

    record Segment(Duration length, double rate) {
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
