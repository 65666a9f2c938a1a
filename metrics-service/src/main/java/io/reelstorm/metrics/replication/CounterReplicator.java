package io.reelstorm.metrics.replication;

import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.metrics.replication.ReplicationPlan.Next;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Active-active counters: tails the peer data center's {@code replication:views} stream and merges
 * each batch into the local counters by max, storing the offset in the same script, so a crash or a
 * partition resumes exactly where it stopped (a batch applied twice changes nothing). Without a usable
 * offset — first start, this store came back empty, the peer trimmed entries not yet read, or the
 * peer's stream was recreated — it first notes the end of the peer's stream, then merges a snapshot of
 * every counter of the peer, then tails from the noted entry.
 *
 * <p>It only reads the peer and never touches local ingest: a dark or partitioned peer means pauses
 * with backoff and one log line per change of state. One instance per data center (instance 1) runs
 * it, on a virtual thread. Trending boards are not replicated: each data center ranks what its own
 * users watch.
 */
public class CounterReplicator implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CounterReplicator.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(3);

    private final PeerCounters peer;
    private final CounterMerge merge;
    private final String peerName;
    private final boolean replicatesHere;
    private final Backoff backoff;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Ulid ulid;
    private final AtomicLong catchUps = new AtomicLong();

    private volatile boolean running;
    private volatile Thread worker;
    private volatile ReplicationMetrics metrics;
    private volatile boolean connected;
    private volatile String offset;
    private volatile Instant lastSyncAt;
    private volatile boolean catchingUp;
    /** Known states of both stores, null before the first answer; only the worker thread touches them. */
    private Boolean peerUp;
    private Boolean localUp;

    CounterReplicator(PeerCounters peer, CounterMerge merge, String peerName, boolean replicatesHere,
                      ReplicationProperties properties, Clock clock, MeterRegistry meters) {
        this.peer = peer;
        this.merge = merge;
        this.peerName = peerName;
        this.replicatesHere = replicatesHere;
        this.backoff = new Backoff(properties.backoffMin(), properties.backoffMax());
        this.clock = clock;
        this.meters = meters;
        this.ulid = new Ulid(clock);
    }

    @Override
    public void start() {
        if (!replicatesHere) {
            log.info("event=replication-elsewhere peer={} reason=only-instance-1-replicates", peerName);
            return;
        }
        metrics = new ReplicationMetrics(meters, peerName, this);
        running = true;
        worker = Thread.ofVirtual().name("counter-replicator-" + peerName).start(this::replicate);
    }

    @Override
    public void stop() {
        running = false;
        Thread current = worker;
        if (current != null) {
            current.interrupt();
            try {
                current.join(STOP_WAIT);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    boolean connected() {
        return connected;
    }

    double secondsSinceLastSync() {
        Instant synced = lastSyncAt;
        return synced == null ? Double.NaN : Duration.between(synced, clock.instant()).toMillis() / 1000.0;
    }

    public ReplicationStatus status() {
        ReplicationMetrics current = metrics;
        if (current == null) {
            return storedStatus();
        }
        return new ReplicationStatus(true, true, peerName, connected, offset, lastSyncAt, current.medianLagMillis(),
                current.p99LagMillis(), catchUps.get(), catchingUp, current.applied());
    }

    private ReplicationStatus storedStatus() {
        try {
            return new ReplicationStatus(true, false, peerName, null, merge.offset(), merge.syncedAt(), null, null, null, null, null);
        } catch (RedisException e) {
            return new ReplicationStatus(true, false, peerName, null, null, null, null, null, null, null, null);
        }
    }

    private void replicate() {
        int failures = 0;
        String cursor = null;
        while (running) {
            try {
                cursor = step(cursor);
                failures = 0;
            } catch (RuntimeException e) {
                if (!running) {
                    break;
                }
                cursor = null;
                failed(e);
                pause(++failures);
            }
        }
    }

    /** One round: returns the offset to read after next time, or null to re-read it from the store. */
    private String step(String cursor) {
        if (cursor == null) {
            String stored = merge.offset();
            Next next = ReplicationPlan.next(stored, reachable(peer.stream()));
            if (next != Next.RESUME) {
                return catchUp(next);
            }
            cursor = stored;
        }
        List<StreamMessage<String, String>> batch = peer.readAfter(cursor);
        Instant checkedAt = clock.instant();
        PeerStream stream = reachable(peer.stream());
        Next next = ReplicationPlan.next(cursor, stream);
        if (next != Next.RESUME) {
            // The batch may follow a gap: a snapshot covers it, the batch is dropped.
            return catchUp(next);
        }
        String newOffset = batch.isEmpty() ? cursor : batch.getLast().getId();
        Instant syncedAt = ReplicationPlan.reachedEnd(newOffset, stream) ? checkedAt : null;
        boolean applied = merge.applyStream(cursor, slotValues(batch), newOffset, syncedAt);
        localAnswered();
        if (!applied) {
            log.warn("event=replication-offset-lost peer={} offset={} reason=local-store-came-back-empty", peerName, cursor);
            return null;
        }
        long appliedAt = clock.millis();
        for (StreamMessage<String, String> entry : batch) {
            metrics.merged(Duration.ofMillis(Math.max(0, appliedAt - StreamIds.millis(entry.getId()))));
        }
        offset = newOffset;
        if (syncedAt != null) {
            lastSyncAt = syncedAt;
        }
        return newOffset;
    }

    private String catchUp(Next reason) {
        catchingUp = true;
        try {
            long started = System.nanoTime();
            String token = ulid.next();
            log.info("event=replication-catch-up-started peer={} reason={}", peerName, reason.reason());
            merge.beginCatchUp(token);
            String noted = reachable(peer.stream()).lastGeneratedId();
            long copied = SnapshotCatchUp.copy(peer, merge, token, peerName);
            boolean finished = copied >= 0 && merge.finishCatchUp(token, noted);
            localAnswered();
            if (!finished) {
                log.warn("event=replication-catch-up-interrupted peer={} reason=local-store-came-back-empty", peerName);
                return null;
            }
            catchUps.incrementAndGet();
            offset = noted;
            log.info("event=replication-catch-up-finished peer={} counters={} offset={} ms={}", peerName, copied, noted,
                    Duration.ofNanos(System.nanoTime() - started).toMillis());
            return noted;
        } finally {
            catchingUp = false;
        }
    }

    private PeerStream reachable(PeerStream stream) {
        connected = true;
        if (!Boolean.TRUE.equals(peerUp)) {
            peerUp = true;
            log.info("event=replication-peer-reachable peer={}", peerName);
        }
        return stream;
    }

    private void localAnswered() {
        if (!Boolean.TRUE.equals(localUp)) {
            localUp = true;
            log.info("event=replication-local-store-available peer={}", peerName);
        }
    }

    private void failed(RuntimeException e) {
        if (e instanceof PeerUnavailable) {
            connected = false;
            if (!Boolean.FALSE.equals(peerUp)) {
                peerUp = false;
                log.warn("event=replication-peer-unreachable peer={} error=\"{}\"", peerName, e.getMessage());
            }
        } else if (e instanceof RedisException) {
            if (!Boolean.FALSE.equals(localUp)) {
                localUp = false;
                log.warn("event=replication-local-store-unavailable peer={} error=\"{}\"", peerName, e.getMessage());
            }
        } else {
            log.error("event=replication-failed peer={}", peerName, e);
        }
    }

    private static List<SlotValue> slotValues(List<StreamMessage<String, String>> batch) {
        List<SlotValue> values = new ArrayList<>(batch.size());
        for (StreamMessage<String, String> entry : batch) {
            Map<String, String> body = entry.getBody();
            values.add(new SlotValue(body.get("id"), body.get("slot"), Long.parseLong(body.get("value")), body.get("view")));
        }
        return values;
    }

    private void pause(int failures) {
        if (!running) {
            return;
        }
        try {
            Thread.sleep(backoff.after(failures, ThreadLocalRandom.current().nextDouble()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
