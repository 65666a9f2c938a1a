package io.reelstorm.upload.replication;

import io.lettuce.core.RedisException;
import io.lettuce.core.StreamMessage;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.background.BackgroundLoop;
import io.reelstorm.upload.background.Backoff;
import io.reelstorm.upload.failover.ObjectPlacement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * {@code active-active-data}: tails the peer's {@code replication:catalog} stream and applies it here,
 * a batch per script with the offset ({@link CatalogApplier}). Without a usable offset (never
 * replicated, this store came back empty, or the peer trimmed past it) it first takes a snapshot: it
 * notes the end of the peer's stream, applies every video and tombstone the peer holds, and follows
 * on from the noted end (what it re-reads applies as a no-op). It only reads the peer, and waits out a
 * peer it cannot reach with growing pauses. Runs on instance 1 of the data center only.
 */
public class CatalogReplicator extends BackgroundLoop {

    private static final Duration FIRST_BACKOFF = Duration.ofMillis(200);

    private final PeerCatalog peer;
    private final CatalogApplier applier;
    private final ObjectPlacement objects;
    private final ReplicationProperties properties;
    private final CatalogReplicationStatus status;
    private final Backoff backoff;

    CatalogReplicator(RedisStore peerMeta, RedisStore localMeta, String peerDc, ObjectPlacement objects,
                      ReplicationProperties properties, CatalogReplicationStatus status) {
        super("catalog-replicator");
        this.peer = new PeerCatalog(peerMeta);
        this.applier = new CatalogApplier(localMeta, peerDc, properties);
        this.objects = objects;
        this.properties = properties;
        this.status = status;
        this.backoff = new Backoff(FIRST_BACKOFF, properties.maxBackoff());
    }

    @Override
    protected Duration round() {
        String offset = local(applier::offset);
        PeerCatalog.StreamState stream = remote(peer::stream);
        if (stream.lostTrackOf(offset)) {
            snapshot(stream.lastId());
        } else {
            follow(offset);
        }
        backoff.reset();
        return Duration.ZERO;
    }

    @Override
    protected Duration failed(RuntimeException failure) {
        CatalogReplicationStatus.State state = switch (failure) {
            case PeerUnreachable e -> CatalogReplicationStatus.State.PEER_UNREACHABLE;
            case LocalUnavailable e -> CatalogReplicationStatus.State.LOCAL_UNAVAILABLE;
            default -> CatalogReplicationStatus.State.FAILING;
        };
        Throwable cause = failure instanceof PeerUnreachable || failure instanceof LocalUnavailable ? failure.getCause() : failure;
        status.moveTo(state, cause.getClass().getSimpleName() + ": " + cause.getMessage());
        return backoff.next();
    }

    private void follow(String offset) {
        status.at(offset);
        List<StreamMessage<String, String>> entries = remote(() -> peer.read(offset, properties.batchSize(), properties.pollTimeout()));
        status.moveTo(CatalogReplicationStatus.State.FOLLOWING, null);
        if (entries.isEmpty()) {
            status.caughtUp();
            return;
        }
        List<CatalogEvent> events = new ArrayList<>();
        for (StreamMessage<String, String> entry : entries) {
            CatalogEvent.fromEntry(entry.getBody()).ifPresent(events::add);
        }
        String last = entries.getLast().getId();
        apply(events, last);
        status.at(last);
        if (entries.size() < properties.batchSize()) {
            status.caughtUp();
        }
    }

    private void snapshot(String resumeFrom) {
        status.moveTo(CatalogReplicationStatus.State.SNAPSHOT, null);
        remote(() -> {
            peer.scanVideos(hashes -> applyInBatches(hashes.stream().map(CatalogEvent::created).toList()));
            peer.scanTombstones(tombstones -> applyInBatches(tombstones.entrySet().stream()
                    .map(tombstone -> CatalogEvent.deleted(tombstone.getKey(), tombstone.getValue())).toList()));
            return null;
        });
        apply(List.of(), resumeFrom);
        status.at(resumeFrom);
        status.snapshotTaken();
    }

    private void applyInBatches(List<CatalogEvent> events) {
        for (int from = 0; from < events.size(); from += properties.batchSize()) {
            apply(events.subList(from, Math.min(events.size(), from + properties.batchSize())), null);
        }
    }

    private void apply(List<CatalogEvent> events, String newOffset) {
        List<CatalogApplier.Change> changes = local(() -> applier.apply(events, newOffset));
        for (CatalogApplier.Change change : changes) {
            status.applied(change);
            if (CatalogEvent.DELETED.equals(change.type())) {
                objects.removeCopyHere(change.videoId());
            }
        }
    }

    private static <T> T local(Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisException e) {
            throw new LocalUnavailable(e);
        }
    }

    private static <T> T remote(Supplier<T> call) {
        try {
            return call.get();
        } catch (RedisException e) {
            throw new PeerUnreachable(e);
        }
    }

    /** The peer's metadata Redis did not answer. */
    private static final class PeerUnreachable extends RuntimeException {
        PeerUnreachable(RedisException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }

    /** This data center's metadata Redis did not answer (not a {@link RedisException}, so it is never taken for the peer's). */
    private static final class LocalUnavailable extends RuntimeException {
        LocalUnavailable(RedisException cause) {
            super(cause.getMessage(), cause, false, false);
        }
    }
}
