package io.reelstorm.metrics.replication;

/** The replicator's decisions, as pure functions of the stored offset and the peer stream's shape. */
final class ReplicationPlan {

    /** What to do with the peer's stream next. */
    enum Next {
        /** Read the entries after the offset: none can have been missed. */
        RESUME,
        /** No offset here: first start, or this store came back empty. */
        CATCH_UP_NO_OFFSET,
        /** Entries after the offset may have been trimmed before they were read. */
        CATCH_UP_TRIMMED,
        /** The peer's stream is younger than the offset: it was recreated (its store came back empty). */
        CATCH_UP_PEER_RESET;

        String reason() {
            return name().substring("CATCH_UP_".length()).toLowerCase().replace('_', '-');
        }
    }

    private ReplicationPlan() {
    }

    static Next next(String offset, PeerStream peer) {
        if (offset == null) {
            return Next.CATCH_UP_NO_OFFSET;
        }
        if (StreamIds.compare(peer.lastGeneratedId(), offset) < 0) {
            return Next.CATCH_UP_PEER_RESET;
        }
        if (peer.trimmed() > 0) {
            String oldestHeld = peer.firstEntryId() != null ? peer.firstEntryId() : peer.lastGeneratedId();
            if (StreamIds.compare(oldestHeld, offset) > 0) {
                return Next.CATCH_UP_TRIMMED;
            }
        }
        return Next.RESUME;
    }

    /** True when everything the peer's stream held is at or before {@code offset}. */
    static boolean reachedEnd(String offset, PeerStream peer) {
        return StreamIds.compare(offset, peer.lastGeneratedId()) >= 0;
    }
}
