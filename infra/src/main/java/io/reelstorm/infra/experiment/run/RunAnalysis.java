package io.reelstorm.infra.experiment.run;

import io.reelstorm.infra.experiment.scenario.Route;
import io.reelstorm.infra.experiment.scenario.Symptom;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Figures of one run, from its calls: symptoms (optionally leaving routes out), latency per route before and after the baseline. */
public final class RunAnalysis {

    /**
     * Latency percentiles of the calls of one route in one phase, counted from the first try the platform admitted:
     * calls shed to the end are left out, and so are the shed tries and Retry-After waits before an admitted one.
     */
    public record Latency(long count, long p50, long p95, long p99) {
    }

    private final List<CallEvent> events;
    private final long baselineMillis;

    public RunAnalysis(List<CallEvent> events, Duration baseline) {
        this.events = List.copyOf(events);
        this.baselineMillis = baseline.toMillis();
    }

    public long calls() {
        return events.size();
    }

    public long calls(Route route) {
        return events.stream().filter(event -> event.route().equals(route.id())).count();
    }

    /** Every symptom with its count, zeros included; a call that showed two symptoms counts for both. */
    public Map<String, Long> symptoms(Collection<Route> exceptRoutes) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Symptom symptom : Symptom.values()) {
            counts.put(symptom.id(), events.stream()
                    .filter(event -> exceptRoutes.stream().noneMatch(route -> route.id().equals(event.route())))
                    .filter(event -> event.outcome().contains(symptom.id()))
                    .count());
        }
        return counts;
    }

    public Map<String, Latency> latency(boolean baselinePhase) {
        Map<String, Latency> byRoute = new TreeMap<>();
        for (Route route : Route.values()) {
            long[] latencies = events.stream()
                    .filter(event -> event.route().equals(route.id()) && event.admittedLatencyMillis() >= 0)
                    .filter(event -> (event.tMillis() < baselineMillis) == baselinePhase)
                    .mapToLong(CallEvent::admittedLatencyMillis).sorted().toArray();
            if (latencies.length > 0) {
                byRoute.put(route.id(), new Latency(latencies.length, percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 99)));
            }
        }
        return byRoute;
    }

    /** Nearest-rank percentile of sorted values. */
    static long percentile(long[] sorted, int percent) {
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }
}
