package io.reelstorm.infra.experiment.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The one sentence per run that opens the report: what a user of that run would have suffered. */
final class Headline {

    private Headline() {}

    /** e.g. "naive: 41% of uploads failed (41 of 100), 1,203 zero-view readings, 77 server errors." */
    static String of(Summary.Run run, EventSeries events) {
        List<String> parts = new ArrayList<>();
        for (Symptom symptom : Symptom.values()) {
            long n = run.symptom(symptom.id());
            if (!symptom.isFailure() || n == 0) {
                continue;
            }
            parts.add(symptom == Symptom.UPLOAD_FAILED && events.uploadCalls() > 0
                    ? failedUploads(events.failedUploads(), events.uploadCalls())
                    : symptom.count(n));
        }
        StringBuilder sentence = new StringBuilder(run.name()).append(": ");
        sentence.append(parts.isEmpty() ? "none of the symptoms" : String.join(", ", parts));
        long shed = run.symptom(Symptom.SHED.id());
        if (shed > 0) {
            sentence.append("; ").append(Symptom.SHED.count(shed)).append(" (429/503, counted apart)");
        }
        return sentence.append('.').toString();
    }

    private static String failedUploads(int failed, int calls) {
        return String.format(Locale.ENGLISH, "%s of uploads failed (%,d of %,d)", percent(failed, calls), failed, calls);
    }

    /** Whole percents, one decimal under 10%, and never "0%" for something that did happen. */
    static String percent(long part, long whole) {
        double p = 100.0 * part / whole;
        if (part > 0 && p < 0.05) {
            return "<0.1%";
        }
        String digits = p >= 9.5 ? String.format(Locale.ENGLISH, "%.0f", p) : String.format(Locale.ENGLISH, "%.1f", p);
        return digits.replaceAll("\\.0$", "") + "%";
    }
}
