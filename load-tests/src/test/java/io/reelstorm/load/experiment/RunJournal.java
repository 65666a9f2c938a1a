package io.reelstorm.load.experiment;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the run leaves for the judge and the verifier, in the run's folder: {@code started} (epoch millis
 * when the load began: offset 0 of the scenario's timeline), {@code events.csv} (one row per call, after
 * the app's retries) and {@code writes.jsonl} (every upload and view, acknowledged, in doubt or rejected).
 */
final class RunJournal implements AutoCloseable {

    static final String EVENTS_HEADER = "t_ms,route,dc,status,latency_ms,attempts,outcome,admitted_ms";

    /** How a write ended for the verifier: counted for sure, maybe applied, or surely not applied. */
    enum WriteState { ACKNOWLEDGED, IN_DOUBT, REJECTED }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path folder;
    private final BufferedWriter events;
    private final BufferedWriter writes;
    private final AtomicBoolean begun = new AtomicBoolean();
    private volatile long startedAt;

    RunJournal(Path folder) {
        try {
            this.folder = Files.createDirectories(folder);
            this.events = Files.newBufferedWriter(folder.resolve("events.csv"), StandardCharsets.UTF_8);
            this.writes = Files.newBufferedWriter(folder.resolve("writes.jsonl"), StandardCharsets.UTF_8);
            events.write(EVENTS_HEADER);
            events.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first session of the load begins now: the launcher's timeline counts from this instant. */
    void loadBegins(long epochMillis) {
        if (!begun.compareAndSet(false, true)) {
            return;
        }
        startedAt = epochMillis;
        try {
            Path temporary = folder.resolve("started.tmp");
            Files.writeString(temporary, Long.toString(epochMillis));
            Files.move(temporary, folder.resolve("started"), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * One call after the app's retries: {@code latency_ms} from its first try, {@code admitted_ms} from the first try
     * the platform did not shed (empty when it shed every one): a shed try and the Retry-After wait it asked for are
     * the platform refusing load, not serving it slowly.
     */
    synchronized void call(Route route, long firstSentAt, long admittedAt, Attempt last, long finishedAt, int tries, Verdict outcome) {
        write(events, String.join(",", Long.toString(firstSentAt - startedAt), route.id(), last.dc(),
                Integer.toString(last.status()), Long.toString(finishedAt - firstSentAt), Integer.toString(tries), outcome.outcome(),
                admittedAt > 0 ? Long.toString(finishedAt - admittedAt) : ""));
        flush(events);
    }

    /** The launcher's progress line reads the calls while the load runs. */
    private static void flush(BufferedWriter writer) {
        try {
            writer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    synchronized void upload(String idempotencyKey, String creatorId, String sha256, int size, WriteState state, String videoId, String dc) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "upload");
        line.put("key", idempotencyKey);
        line.put("creatorId", creatorId);
        line.put("sha256", sha256);
        line.put("size", size);
        line.put("state", state.name().toLowerCase().replace('_', '-'));
        line.put("videoId", videoId);
        line.put("dc", dc);
        write(writes, JSON.writeValueAsString(line));
    }

    synchronized void view(String videoId, String viewId, WriteState state, String dc) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("type", "view");
        line.put("videoId", videoId);
        line.put("viewId", viewId);
        line.put("state", state.name().toLowerCase().replace('_', '-'));
        line.put("dc", dc);
        write(writes, JSON.writeValueAsString(line));
    }

    private static void write(BufferedWriter writer, String line) {
        try {
            writer.write(line);
            writer.newLine();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            events.close();
            writes.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
