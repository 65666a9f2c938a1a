package io.reelstorm.infra.experiment.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.ToIntFunction;

/**
 * A run's calls bucketed by the second they were sent ({@code t_ms / 1000}), so a call that times out
 * five seconds into a fault still lands in the second its user tapped.
 */
final class EventSeries {

    private final List<Second> seconds;
    private final int uploadCalls;
    private final int failedUploads;

    private EventSeries(List<Second> seconds, int uploadCalls, int failedUploads) {
        this.seconds = seconds;
        this.uploadCalls = uploadCalls;
        this.failedUploads = failedUploads;
    }

    static EventSeries read(Path eventsCsv, double loadSeconds) throws IOException {
        Tally tally = new Tally();
        try (BufferedReader in = Files.newBufferedReader(eventsCsv)) {
            String header = in.readLine();
            if (header == null || !header.strip().equals(Event.HEADER)) {
                throw new IOException(eventsCsv + ": expected the header " + Event.HEADER + ", got " + header);
            }
            int lineNumber = 1;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    tally.add(Event.parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IOException(eventsCsv + ":" + lineNumber + ": " + e.getMessage(), e);
                }
            }
        }
        return tally.toSeries(loadSeconds);
    }

    static EventSeries of(Iterable<Event> events, double loadSeconds) {
        Tally tally = new Tally();
        events.forEach(tally::add);
        return tally.toSeries(loadSeconds);
    }

    int seconds() {
        return seconds.size();
    }

    int uploadCalls() {
        return uploadCalls;
    }

    int failedUploads() {
        return failedUploads;
    }

    /** The data centers that answered at least one call, sorted. */
    List<String> dcs() {
        TreeSet<String> dcs = new TreeSet<>();
        seconds.forEach(s -> dcs.addAll(s.okByDc.keySet()));
        return List.copyOf(dcs);
    }

    /** Percent of admitted (not shed) calls that ended ok; null for a second with none. */
    List<Double> successPercent() {
        return percent(s -> s.ok, s -> s.admitted);
    }

    /** As {@link #successPercent()}, for the calls a data center answered. */
    List<Double> successPercent(String dc) {
        return percent(s -> s.okByDc.getOrDefault(dc, 0), s -> s.admittedByDc.getOrDefault(dc, 0));
    }

    /**
     * Percent of the admitted calls sent in a second that got no answer from any data center. A shed call was
     * answered, by the gateway's refusal: counted as unanswered it would draw refused load as an outage.
     */
    List<Double> noAnswerPercent() {
        return percent(s -> s.noAnswer, s -> s.admitted);
    }

    List<Integer> counts(Symptom symptom) {
        return seconds.stream().map(s -> s.symptoms.getOrDefault(symptom.id(), 0)).toList();
    }

    private List<Double> percent(ToIntFunction<Second> part, ToIntFunction<Second> whole) {
        List<Double> out = new ArrayList<>(seconds.size());
        for (Second s : seconds) {
            int of = whole.applyAsInt(s);
            out.add(of == 0 ? null : Math.round(1000.0 * part.applyAsInt(s) / of) / 10.0);
        }
        return out;
    }

    private static final class Tally {
        final List<Second> seconds = new ArrayList<>();
        int uploads;
        int failedUploads;

        void add(Event e) {
            int s = (int) Math.max(0, e.tMs() / 1000);
            while (seconds.size() <= s) {
                seconds.add(new Second());
            }
            seconds.get(s).add(e);
            if (e.route().equals("upload")) {
                uploads++;
                failedUploads += e.outcome().contains(Symptom.UPLOAD_FAILED.id()) ? 1 : 0;
            }
        }

        /** Seconds run to the end of the load even when the last ones saw no call. */
        EventSeries toSeries(double loadSeconds) {
            while (seconds.size() < Math.ceil(loadSeconds)) {
                seconds.add(new Second());
            }
            return new EventSeries(seconds, uploads, failedUploads);
        }
    }

    private static final class Second {
        int calls;
        int admitted;
        int ok;
        int noAnswer;
        final Map<String, Integer> okByDc = new HashMap<>();
        final Map<String, Integer> admittedByDc = new HashMap<>();
        final Map<String, Integer> symptoms = new HashMap<>();

        void add(Event e) {
            calls++;
            for (String symptom : e.outcome()) {
                symptoms.merge(symptom, 1, Integer::sum);
            }
            if (e.shed()) {
                return;
            }
            admitted++;
            if (!e.answered()) {
                noAnswer++;
            }
            int good = e.ok() ? 1 : 0;
            ok += good;
            if (e.answered()) {
                admittedByDc.merge(e.dc(), 1, Integer::sum);
                okByDc.merge(e.dc(), good, Integer::sum);
            }
        }
    }
}
