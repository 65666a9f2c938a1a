package io.reelstorm.upload.failover;

import io.reelstorm.upload.fixes.StartupFixes;
import io.reelstorm.upload.storage.ObjectStore;
import io.reelstorm.upload.storage.ObjectStoreException;
import io.reelstorm.upload.storage.PeerObjectStore;
import io.reelstorm.upload.storage.StoredCopies;
import io.reelstorm.upload.storage.TeeUpload;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Where an upload's bytes go. Naive: this data center's store only. With {@code upload-failover} (and
 * a peer): both data centers' stores, streamed once, while the peer is reachable; the reachable one
 * when one is not, the other being owed a copy. A peer that just failed is skipped for a cool-off,
 * so that uploads do not wait for a dark data center every time.
 */
@Component
public class ObjectPlacement {

    private static final Logger log = LoggerFactory.getLogger(ObjectPlacement.class);

    private final ObjectStore local;
    private final ObjectStore peer;
    private final UploadFailoverProperties properties;
    private volatile Instant skipPeerUntil = Instant.MIN;

    ObjectPlacement(ObjectStore local, Optional<PeerObjectStore> peer, StartupFixes fixes, UploadFailoverProperties properties) {
        this.local = local;
        this.peer = fixes.uploadFailover() ? peer.map(PeerObjectStore::store).orElse(null) : null;
        this.properties = properties;
        if (fixes.uploadFailover() && this.peer == null) {
            log.warn("event=fix-inactive fix=upload-failover reason=\"no peer object store (reelstorm.peer.objects-endpoint)\"");
        }
    }

    /** True when bytes are kept in both data centers. */
    public boolean mirrored() {
        return peer != null;
    }

    public ObjectStore local() {
        return local;
    }

    /** The peer's store, when bytes are mirrored. */
    public Optional<ObjectStore> peer() {
        return Optional.ofNullable(peer);
    }

    /**
     * Streams an upload's bytes to where they belong. An {@link IOException} or unchecked exception
     * from reading {@code content} is rethrown as it is, after making sure nothing of the object
     * remains; when no store could take the bytes, an {@link ObjectStoreException}.
     */
    public StoredCopies store(String key, InputStream content, String contentType) throws IOException {
        if (peer == null) {
            return new StoredCopies(key, local.put(key, content, contentType).sizeBytes(), List.of(local.location()), List.of());
        }
        boolean tryPeer = !Instant.now().isBefore(skipPeerUntil);
        StoredCopies copies = TeeUpload.write(tryPeer ? List.of(local, peer) : List.of(local), key, content, contentType,
                properties.straggler());
        if (!tryPeer) {
            List<String> missing = new ArrayList<>(copies.missing());
            missing.add(peer.location());
            return new StoredCopies(key, copies.sizeBytes(), copies.locations(), missing);
        }
        if (copies.missing().contains(peer.location())) {
            skipPeerUntil = Instant.now().plus(properties.peerCoolOff());
            log.warn("event=peer-store-skipped peer={} for={}", peer.location(), properties.peerCoolOff());
        }
        return copies;
    }

    /**
     * Removes an object from every store that may hold it. A store that fails keeps an orphaned
     * object, which is logged; the video is gone for everyone anyway.
     */
    public void remove(String key) {
        removeFrom(local, key);
        if (peer != null) {
            removeFrom(peer, key);
        }
    }

    /**
     * Removes this data center's copy of a video the peer deleted (the peer removes its own, and
     * tries ours, which it may not reach). Without mirrored bytes there is no copy here.
     */
    public void removeCopyHere(String key) {
        if (peer != null) {
            removeFrom(local, key);
        }
    }

    private static void removeFrom(ObjectStore store, String key) {
        try {
            store.remove(key);
        } catch (ObjectStoreException e) {
            log.warn("event=orphan-object id={} location={} error=\"{}\"", key, store.location(), e.storeFailure().getMessage());
        }
    }
}
