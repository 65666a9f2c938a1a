package io.reelstorm.infra.experiment.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One run's data for report.js, embedded in the page as JSON. */
record RunCharts(
        String name,
        double loadSeconds,
        double baselineSeconds,
        List<Summary.Step> timeline,
        Map<String, List<Double>> success,
        List<Double> noAnswer,
        Map<String, List<Integer>> symptoms,
        List<String> routes,
        Map<String, Summary.Percentiles> baseline,
        Map<String, Summary.Percentiles> after) {

    static final String ALL_CALLS = "all calls";
    private static final List<String> ROUTE_ORDER = List.of("feed", "video", "play", "view", "upload", "dashboard", "stats");

    static RunCharts of(Summary.Run run, EventSeries events) {
        Map<String, List<Double>> success = new LinkedHashMap<>();
        success.put(ALL_CALLS, events.successPercent());
        events.dcs().forEach(dc -> success.put(dc, events.successPercent(dc)));
        Map<String, List<Integer>> symptoms = new LinkedHashMap<>();
        for (Symptom symptom : Symptom.values()) {
            symptoms.put(symptom.id(), events.counts(symptom));
        }
        Summary.Latency latency = run.latency();
        return new RunCharts(run.name(), run.loadSeconds(), run.baselineSeconds(),
                run.timeline(), success, events.noAnswerPercent(), symptoms,
                routes(latency.baseline().keySet(), latency.after().keySet()), latency.baseline(), latency.after());
    }

    private static List<String> routes(Set<String> baseline, Set<String> after) {
        Set<String> present = new LinkedHashSet<>(baseline);
        present.addAll(after);
        List<String> ordered = new ArrayList<>(ROUTE_ORDER.stream().filter(present::contains).toList());
        present.stream().filter(r -> !ROUTE_ORDER.contains(r)).forEach(ordered::add);
        return ordered;
    }
}
