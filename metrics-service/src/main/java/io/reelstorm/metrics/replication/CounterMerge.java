package io.reelstorm.metrics.replication;

import io.lettuce.core.ScriptOutputType;
import io.reelstorm.common.redis.LuaScript;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import io.reelstorm.metrics.counters.ViewIdMarks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes what replication brings into the local counter Redis: slot values merged by max (retractions by
 * min) together with the replication bookkeeping and the settling of {@code View-Id}s counted in both data
 * centers ({@link ViewIdMarks}), in one script per batch (see {@code scripts/merge-views.lua}). Every
 * write is guarded by a key the store would lose if it came back empty, so a replicator never resumes
 * into an empty store as if nothing had happened.
 */
class CounterMerge {

    private static final LuaScript MERGE = LuaScript.fromClasspath("scripts/merge-views.lua");
    private static final long GUARD_LOST = -1;

    private final RedisStore local;
    private final String offsetKey;
    private final String syncedAtKey;
    private final String catchUpKey;
    private final String streamMaxLength;

    CounterMerge(RedisStore local, String peer, long streamMaxLength) {
        this.local = local;
        this.streamMaxLength = Long.toString(streamMaxLength);
        this.offsetKey = CounterKeys.replicationOffset(peer);
        this.syncedAtKey = CounterKeys.replicationSyncedAt(peer);
        this.catchUpKey = CounterKeys.replicationCatchUp(peer);
    }

    /** The stored offset, null when there is none. */
    String offset() {
        return local.sync().get(offsetKey);
    }

    /** When the store last held everything of the peer's stream, null when unknown. */
    Instant syncedAt() {
        String millis = local.sync().get(syncedAtKey);
        return millis == null ? null : Instant.ofEpochMilli(Long.parseLong(millis));
    }

    /**
     * Merges entries read after {@code expectedOffset} and moves the offset to {@code newOffset}; with
     * {@code syncedAt}, also records that the store then held everything of the peer's stream.
     *
     * @return false when the store no longer holds {@code expectedOffset}: nothing was written
     */
    boolean applyStream(String expectedOffset, List<SlotValue> values, String newOffset, Instant syncedAt) {
        return run(offsetKey, expectedOffset, values, List.of(), newOffset,
                syncedAt == null ? "" : Long.toString(syncedAt.toEpochMilli()), false);
    }

    /** Marks a snapshot catch-up as in progress; reads count as behind until it ends and the stream is tailed again. */
    void beginCatchUp(String token) {
        local.sync().set(catchUpKey, token);
        local.sync().del(syncedAtKey);
    }

    /** @return false when the catch-up mark is gone (the store came back empty meanwhile): nothing was written */
    boolean mergeSnapshot(String token, List<SlotValue> values) {
        return run(catchUpKey, token, values, List.of(), "", "", false);
    }

    /**
     * Settles {@code View-Id}s the peer counted, as the stream entries a catch-up skips would have.
     *
     * @return false when the catch-up mark is gone (the store came back empty meanwhile): nothing was written
     */
    boolean settleSnapshot(String token, List<CountedInPeer> marks) {
        return run(catchUpKey, token, List.of(), marks, "", "", false);
    }

    /** Ends the catch-up: the stream is to be tailed after {@code offset}. */
    boolean finishCatchUp(String token, String offset) {
        return run(catchUpKey, token, List.of(), List.of(), offset, "", true);
    }

    private boolean run(String guardKey, String expected, List<SlotValue> values, List<CountedInPeer> marks,
                        String newOffset, String syncedAt, boolean endCatchUp) {
        List<String> keys = new ArrayList<>(5 + 2 * (values.size() + marks.size()));
        keys.addAll(List.of(guardKey, offsetKey, syncedAtKey, catchUpKey, CounterKeys.REPLICATION_STREAM));
        List<String> args = new ArrayList<>(6 + 4 * (values.size() + marks.size()));
        args.addAll(List.of(expected, newOffset, syncedAt, endCatchUp ? "1" : "0", streamMaxLength,
                Long.toString(ViewIdMarks.KEPT.toSeconds())));
        for (SlotValue value : values) {
            String views = CounterKeys.views(value.videoId());
            keys.add(views);
            keys.add(value.viewId() == null ? views : CounterKeys.viewSeen(value.videoId(), value.viewId()));
            args.addAll(List.of(value.videoId(), value.slot(), Long.toString(value.value()),
                    value.viewId() == null ? "" : value.viewId()));
        }
        for (CountedInPeer mark : marks) {
            keys.add(CounterKeys.views(mark.videoId()));
            keys.add(CounterKeys.viewSeen(mark.videoId(), mark.viewId()));
            args.addAll(List.of(mark.videoId(), mark.slot(), "", mark.viewId()));
        }
        Long raised = MERGE.run(local.sync(), ScriptOutputType.INTEGER, keys.toArray(String[]::new), args.toArray(String[]::new));
        return raised != null && raised != GUARD_LOST;
    }
}
