package io.reelstorm.infra.experiment.run;

import io.reelstorm.infra.experiment.scenario.Scenario;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The line a person watches while the load runs: the phase, elapsed of total seconds, and the share of
 * calls that went wrong in the last few seconds. On a terminal it rewrites itself; in logs (CI) it is a
 * new line every ten seconds.
 */
final class LoadProgress {

    private static final long WINDOW_MILLIS = 5_000;

    private final String name;
    private final Scenario scenario;
    private final Duration total;
    private final Path eventsCsv;
    private final TimelinePlayer timeline;
    private final PrintStream out;
    private final boolean terminal = System.console() != null;

    LoadProgress(String name, Scenario scenario, Path eventsCsv, TimelinePlayer timeline, PrintStream out) {
        this.name = name;
        this.scenario = scenario;
        this.total = scenario.duration();
        this.eventsCsv = eventsCsv;
        this.timeline = timeline;
        this.out = out;
    }

    /** Reports until the workload's process ends; answers its exit code. */
    int follow(Process workload) throws InterruptedException {
        long lastLine = 0;
        while (workload.isAlive()) {
            Thread.sleep(terminal ? 1_000 : 2_000);
            long startedAt = timeline.startedAt();
            if (startedAt == 0) {
                continue;
            }
            String line = line(System.currentTimeMillis() - startedAt);
            if (terminal) {
                out.print("\r" + line + "   ");
            } else if (System.currentTimeMillis() - lastLine >= 10_000) {
                out.println(line);
                lastLine = System.currentTimeMillis();
            }
        }
        if (terminal) {
            out.println();
        }
        return workload.exitValue();
    }

    private String line(long elapsedMillis) {
        List<CallEvent> recent = recentCalls(elapsedMillis);
        long failed = recent.stream().filter(event -> !event.ok() && !event.shed()).count();
        String phase = phase(elapsedMillis);
        return String.format("[%s] load %3d/%d s  %-34s errors %3d%% of %d calls in the last %d s",
                name, elapsedMillis / 1000, total.toSeconds(), phase, recent.isEmpty() ? 0 : failed * 100 / recent.size(),
                recent.size(), WINDOW_MILLIS / 1000);
    }

    /** The faults and load surges in force, else whether the baseline is still running. */
    private String phase(long elapsedMillis) {
        List<String> inForce = new ArrayList<>();
        scenario.load().surges().stream().filter(surge -> surge.covers(elapsedMillis)).forEach(surge -> inForce.add(surge.label()));
        timeline.entries().stream()
                .filter(entry -> "fault".equals(entry.kind()) && (entry.endSeconds() == null || entry.endSeconds() * 1000 > elapsedMillis))
                .forEach(entry -> inForce.add(entry.label()));
        if (!inForce.isEmpty()) {
            return String.join(", ", inForce);
        }
        return elapsedMillis < scenario.baseline().toMillis() ? "baseline" : "no fault in force";
    }

    private List<CallEvent> recentCalls(long elapsedMillis) {
        try {
            if (!Files.exists(eventsCsv)) {
                return List.of();
            }
            return CallEvent.read(eventsCsv).stream()
                    .filter(event -> event.tMillis() + event.latencyMillis() >= elapsedMillis - WINDOW_MILLIS)
                    .toList();
        } catch (RuntimeException e) {
            return List.of();
        }
    }
}
