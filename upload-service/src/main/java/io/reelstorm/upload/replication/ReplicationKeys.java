package io.reelstorm.upload.replication;

/**
 * The keys of catalogue and object replication in the metadata Redis (with {@code active-active-data}
 * and {@code upload-failover}; naive mode writes none of them).
 */
public final class ReplicationKeys {

    /** Stream of {@code created} (the whole video hash) and {@code deleted} events, which the peer tails. */
    public static final String CATALOG_STREAM = "replication:catalog";
    /** Set of video ids whose bytes one data center's store still lacks; {@code ObjectRepair} empties it. */
    public static final String PENDING_COPIES = "replication:pending-copies";

    private ReplicationKeys() {
    }

    /** Where this data center has applied the peer's catalogue stream up to (an entry id). */
    public static String catalogOffset(String peerDc) {
        return "replication:offset:catalog:" + peerDc;
    }

    /** Marks a deleted video (value: its creator) so that a late {@code created} event cannot bring it back. */
    public static String tombstone(String videoId) {
        return "deleted:" + videoId;
    }
}
