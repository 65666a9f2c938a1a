package io.reelstorm.load.experiment;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the app takes one answer: fine, try again, or a final outcome with the symptoms a user saw.
 *
 * @param retry    worth another try (if tries remain)
 * @param symptoms what is wrong with this answer; empty when it is fine
 * @param detail   a few words for Gatling's error table
 */
record Verdict(boolean retry, Set<Symptom> symptoms, String detail) {

    static final Verdict OK = new Verdict(false, Set.of(), "ok");

    static Verdict retryable(Symptom cause, String detail) {
        return new Verdict(true, Set.of(cause), detail);
    }

    static Verdict failed(Set<Symptom> symptoms, String detail) {
        return new Verdict(false, Set.copyOf(symptoms), detail);
    }

    boolean ok() {
        return symptoms.isEmpty();
    }

    boolean shed() {
        return symptoms.equals(Set.of(Symptom.SHED));
    }

    /** The outcome column of events.csv: ok, shed, or the symptoms joined by ';'. */
    String outcome() {
        return ok() ? "ok" : symptoms.stream().map(Symptom::id).sorted().collect(Collectors.joining(";"));
    }

    /** What Gatling shows for a failed try: the symptoms first, so its error table groups by them. */
    String message() {
        return outcome() + ": " + detail;
    }
}
