package io.reelstorm.metrics.replication;

import java.time.Instant;

/**
 * What {@code GET /internal/replication} answers. Fields this instance cannot know are null: only
 * instance 1 of a data center replicates, the others report what the counter store records.
 *
 * @param enabled     whether active-active data runs (read at start)
 * @param replicating whether this instance runs the replicator
 * @param peer        the data center replicated from
 * @param connected   whether the last command to the peer's counter Redis succeeded
 * @param offset      the id of the last peer stream entry merged here
 * @param lastSyncAt  when this store last held everything of the peer's stream
 * @param lagMsP50    median replication lag (entry appended at the peer → merged here), recent minutes
 * @param lagMsP99    99th percentile of the same
 * @param catchUps    snapshot catch-ups completed since this process started
 * @param catchingUp  whether a snapshot catch-up is running
 * @param applied     stream entries merged since this process started
 */
public record ReplicationStatus(boolean enabled, boolean replicating, String peer, Boolean connected, String offset,
                                Instant lastSyncAt, Double lagMsP50, Double lagMsP99, Long catchUps, Boolean catchingUp,
                                Long applied) {

    static final ReplicationStatus DISABLED = new ReplicationStatus(false, false, null, null, null, null, null, null, null, null, null);
}
