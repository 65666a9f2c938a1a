package io.reelstorm.upload.storage;

/**
 * The peer data center's object store ({@code reelstorm.peer.objects-endpoint}); a type of its own so
 * that nothing takes it for this data center's store by mistake.
 */
public record PeerObjectStore(ObjectStore store) {
}
