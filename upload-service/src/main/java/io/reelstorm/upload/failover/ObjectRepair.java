package io.reelstorm.upload.failover;

import io.lettuce.core.RedisException;
import io.lettuce.core.ScriptOutputType;
import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.redis.LuaScript;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.background.BackgroundLoop;
import io.reelstorm.upload.background.Backoff;
import io.reelstorm.upload.catalog.CatalogWriter;
import io.reelstorm.upload.replication.ReplicationKeys;
import io.reelstorm.upload.storage.ObjectStore;
import io.reelstorm.upload.storage.ObjectStoreException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code upload-failover}: makes the copies that uploads owe ({@code replication:pending-copies}) once
 * both stores can be reached again, streaming the object from the store that has it to the one that
 * lacks it, then records both {@code locations} and forgets the debt. The data center that took an
 * upload repairs it. Runs on instance 1 of the data center only.
 */
public class ObjectRepair extends BackgroundLoop {

    private static final Logger log = LoggerFactory.getLogger(ObjectRepair.class);

    /** KEYS: video:{id}, replication:pending-copies; ARGV: id, locations. Returns 1 when the video still exists. */
    private static final LuaScript MARK_COPIED = new LuaScript("""
            local exists = redis.call('EXISTS', KEYS[1])
            if exists == 1 then
              redis.call('HSET', KEYS[1], 'locations', ARGV[2])
            end
            redis.call('SREM', KEYS[2], ARGV[1])
            return exists
            """);

    private final RedisStore meta;
    private final Catalog catalog;
    private final ObjectStore local;
    private final ObjectStore peer;
    private final String here;
    private final UploadFailoverProperties properties;
    private final ObjectRepairStatus status;
    private final Backoff backoff;

    public ObjectRepair(RedisStore meta, Catalog catalog, ObjectStore local, ObjectStore peer, UploadFailoverProperties properties,
                        ObjectRepairStatus status) {
        super("object-repair");
        this.meta = meta;
        this.catalog = catalog;
        this.local = local;
        this.peer = peer;
        this.here = local.location();
        this.properties = properties;
        this.status = status;
        this.backoff = new Backoff(properties.repairInterval(), properties.repairInterval().multipliedBy(10));
    }

    @Override
    protected Duration round() {
        List<String> owed = meta.sync().srandmember(ReplicationKeys.PENDING_COPIES, properties.repairBatchSize());
        for (String id : owed) {
            repair(id);
        }
        status.pending(meta.sync().scard(ReplicationKeys.PENDING_COPIES));
        status.moveTo("idle", null);
        backoff.reset();
        return properties.repairInterval();
    }

    @Override
    protected Duration failed(RuntimeException failure) {
        Throwable cause = failure instanceof ObjectStoreException e ? e.storeFailure() : failure;
        boolean storeFailed = failure instanceof ObjectStoreException || failure instanceof RedisException || failure instanceof UncheckedIOException;
        status.moveTo(storeFailed ? "store-unavailable" : "failing",
                cause.getClass().getSimpleName() + ": " + cause.getMessage());
        return backoff.next();
    }

    private void repair(String id) {
        Optional<Video> video = catalog.find(id);
        if (video.isEmpty()) {
            // Deleted meanwhile: nothing is owed any more.
            meta.sync().srem(ReplicationKeys.PENDING_COPIES, id);
            return;
        }
        if (!here.equals(video.get().dc())) {
            return;
        }
        boolean localHas = local.exists(id);
        boolean peerHas = peer.exists(id);
        if (!localHas && !peerHas) {
            status.lost();
            log.error("event=object-lost id={} locations=none", id);
            meta.sync().srem(ReplicationKeys.PENDING_COPIES, id);
            return;
        }
        if (!localHas) {
            copy(peer, local, video.get());
        } else if (!peerHas) {
            copy(local, peer, video.get());
        }
        Long stillListed = MARK_COPIED.run(meta.sync(), ScriptOutputType.INTEGER,
                new String[] {CatalogKeys.video(id), ReplicationKeys.PENDING_COPIES},
                id, CatalogWriter.locations(List.of(local.location(), peer.location())));
        if (stillListed == 0) {
            // Deleted while we copied: the copy must not outlive the video.
            remove(local, id);
            remove(peer, id);
        }
    }

    private void copy(ObjectStore from, ObjectStore to, Video video) {
        try (InputStream bytes = from.read(video.id(), 0, null).orElseThrow(() ->
                new IllegalStateException("object " + video.id() + " vanished from " + from.location() + " while being copied"))) {
            to.put(video.id(), bytes, video.contentType());
        } catch (IOException e) {
            throw new UncheckedIOException("copy of " + video.id() + " from " + from.location() + " to " + to.location() + " failed", e);
        }
        status.copied();
        log.info("event=object-copied id={} from={} to={} sizeBytes={}", video.id(), from.location(), to.location(), video.sizeBytes());
    }

    private static void remove(ObjectStore store, String id) {
        try {
            store.remove(id);
        } catch (ObjectStoreException e) {
            log.warn("event=orphan-object id={} location={} error=\"{}\"", id, store.location(), e.storeFailure().getMessage());
        }
    }
}
