package io.reelstorm.infra.experiment.run;

import io.reelstorm.infra.experiment.scenario.Expectation;
import io.reelstorm.infra.experiment.scenario.Route;
import io.reelstorm.infra.experiment.scenario.Symptom;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Holds a run to its scenario's rules for its mode. */
public final class ExpectationJudge {

    /** Routes with fewer calls than this in either phase are not judged on p99: too few to say anything. */
    static final long MIN_SAMPLES = 20;

    public record Result(String rule, boolean passed, String detail) {
    }

    private ExpectationJudge() {
    }

    public static List<Result> judge(List<Expectation> expectations, RunAnalysis analysis, VerifierReport verifier) {
        List<Result> results = new ArrayList<>();
        for (Expectation expectation : expectations) {
            switch (expectation) {
                case Expectation.Present present -> {
                    Map<String, Long> counts = analysis.symptoms(present.exceptRoutes());
                    for (Symptom symptom : present.symptoms()) {
                        long count = counts.get(symptom.id());
                        results.add(new Result("shows " + symptom.id() + beyond(present.exceptRoutes()), count > 0, count + " calls"));
                    }
                }
                case Expectation.Absent absent -> {
                    Map<String, Long> counts = analysis.symptoms(absent.exceptRoutes());
                    for (Symptom symptom : absent.symptoms()) {
                        long count = counts.get(symptom.id());
                        results.add(new Result("no " + symptom.id() + beyond(absent.exceptRoutes()), count == 0, count + " calls"));
                    }
                }
                case Expectation.P99VsBaseline rule -> results.add(p99(rule, analysis));
                case Expectation.VerifierClean clean -> results.add(new Result("verifier finds nothing lost or doubled", verifier.clean(),
                        verifier.clean() ? verifier.checkedVideos() + " videos checked in both DCs"
                                : verifier.violations().size() + " violations"));
            }
        }
        return results;
    }

    private static Result p99(Expectation.P99VsBaseline rule, RunAnalysis analysis) {
        Map<String, RunAnalysis.Latency> baseline = analysis.latency(true);
        Map<String, RunAnalysis.Latency> after = analysis.latency(false);
        List<String> over = new ArrayList<>();
        List<String> judged = new ArrayList<>();
        for (Route route : Route.values()) {
            RunAnalysis.Latency before = baseline.get(route.id());
            RunAnalysis.Latency later = after.get(route.id());
            if (rule.exceptRoutes().contains(route) || before == null || later == null
                    || before.count() < MIN_SAMPLES || later.count() < MIN_SAMPLES) {
                continue;
            }
            judged.add(route.id());
            long limit = Math.max(1, Math.round(before.p99() * rule.factor()));
            if (later.p99() > limit) {
                over.add(route.id() + " " + later.p99() + " ms > " + limit + " ms");
            }
        }
        String name = "p99 within " + trim(rule.factor()) + "× baseline" + beyond(rule.exceptRoutes());
        return new Result(name, over.isEmpty() && !judged.isEmpty(),
                judged.isEmpty() ? "no route had " + MIN_SAMPLES + " calls in both phases"
                        : over.isEmpty() ? "within on " + String.join(", ", judged) : String.join("; ", over));
    }

    private static String beyond(List<Route> exceptRoutes) {
        return exceptRoutes.isEmpty() ? "" : " beyond " + exceptRoutes.stream().map(Route::id).collect(Collectors.joining(", "));
    }

    private static String trim(double factor) {
        return factor == Math.rint(factor) ? Long.toString((long) factor) : Double.toString(factor);
    }
}
