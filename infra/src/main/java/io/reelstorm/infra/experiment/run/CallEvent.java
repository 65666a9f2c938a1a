package io.reelstorm.infra.experiment.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * One call the workload made, after the app's retries: a row of the run's {@code events.csv}.
 *
 * @param latencyMillis         from the first try to the end of the last
 * @param outcome               {@code ok}, {@code shed}, or the symptoms the user saw
 * @param admittedLatencyMillis from the first try the platform did not shed to the end of the last, -1 when it shed
 *                              every try (a journal without the column: the whole latency)
 */
public record CallEvent(long tMillis, String route, String dc, int status, long latencyMillis, int attempts, Set<String> outcome,
                        long admittedLatencyMillis) {

    public static final String OK = "ok";
    public static final String SHED = "shed";

    public boolean ok() {
        return outcome.contains(OK);
    }

    public boolean shed() {
        return outcome.contains(SHED);
    }

    public static List<CallEvent> read(Path eventsCsv) {
        try (var lines = Files.lines(eventsCsv)) {
            return lines.skip(1).filter(line -> !line.isBlank()).map(CallEvent::parse).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static CallEvent parse(String line) {
        String[] fields = line.split(",", -1);
        long latency = Long.parseLong(fields[4]);
        long admitted = fields.length < 8 ? latency : fields[7].isEmpty() ? -1 : Long.parseLong(fields[7]);
        return new CallEvent(Long.parseLong(fields[0]), fields[1], fields[2], Integer.parseInt(fields[3]),
                latency, Integer.parseInt(fields[5]), Set.of(fields[6].split(";")), admitted);
    }
}
