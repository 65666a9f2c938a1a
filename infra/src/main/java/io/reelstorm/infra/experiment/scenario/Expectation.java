package io.reelstorm.infra.experiment.scenario;

import java.util.List;

/** A rule a run must satisfy to pass; routes listed in {@code exceptRoutes} are left out of it. */
public sealed interface Expectation {

    /** Each symptom was seen at least once. */
    record Present(List<Symptom> symptoms, List<Route> exceptRoutes) implements Expectation {

        public Present {
            symptoms = List.copyOf(symptoms);
            exceptRoutes = List.copyOf(exceptRoutes);
        }
    }

    /** No symptom was seen, after the app's retries. */
    record Absent(List<Symptom> symptoms, List<Route> exceptRoutes) implements Expectation {

        public Absent {
            symptoms = List.copyOf(symptoms);
            exceptRoutes = List.copyOf(exceptRoutes);
        }
    }

    /**
     * Per route with enough samples in both phases, p99 latency after the baseline is at most
     * {@code factor} times the baseline's.
     */
    record P99VsBaseline(double factor, List<Route> exceptRoutes) implements Expectation {

        public P99VsBaseline {
            exceptRoutes = List.copyOf(exceptRoutes);
        }
    }

    /** The verifier found no violation in either data center. */
    record VerifierClean() implements Expectation {
    }
}
