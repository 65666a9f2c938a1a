package io.reelstorm.infra.experiment.report;

import java.util.List;
import java.util.Set;

/** One logical app call, a row of {@code events.csv}. */
record Event(long tMs, String route, String dc, int status, long latencyMs, Set<String> outcome) {

    static final String HEADER = "t_ms,route,dc,status,latency_ms,attempts,outcome,admitted_ms";

    static Event parse(String line) {
        String[] f = line.split(",", -1);
        if (f.length != 7 && f.length != 8) {
            throw new IllegalArgumentException("expected 8 fields (" + HEADER + "), got: " + line);
        }
        return new Event(
                Long.parseLong(f[0].strip()),
                f[1].strip(),
                f[2].strip(),
                Integer.parseInt(f[3].strip()),
                Long.parseLong(f[4].strip()),
                Set.copyOf(List.of(f[6].strip().split(";"))));
    }

    boolean ok() {
        return outcome.contains("ok");
    }

    boolean shed() {
        return outcome.contains(Symptom.SHED.id());
    }

    boolean answered() {
        return !dc.isEmpty();
    }
}
