package io.reelstorm.upload.replication;

import io.lettuce.core.ScriptOutputType;
import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.redis.LuaScript;
import io.reelstorm.common.redis.RedisStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Applies the peer's catalogue events to this data center's metadata Redis, a batch per script,
 * together with the offset they bring it to: a crash or a partition between two batches neither loses
 * nor repeats anything, and applying an event twice changes nothing.
 */
class CatalogApplier {

    private static final LuaScript APPLY = LuaScript.fromClasspath("scripts/apply-catalog-events.lua");

    private final RedisStore local;
    private final String offsetKey;
    private final long tombstoneTtlSeconds;

    CatalogApplier(RedisStore local, String peerDc, ReplicationProperties properties) {
        this.local = local;
        this.offsetKey = ReplicationKeys.catalogOffset(peerDc);
        this.tombstoneTtlSeconds = properties.tombstoneTtl().toSeconds();
    }

    /** Where this data center stands in the peer's stream, or null when it has never (or no longer) been there. */
    String offset() {
        return local.sync().get(offsetKey);
    }

    /**
     * @param newOffset the offset to store with the batch, or null to leave it
     * @return the events that changed something, as (type, video id)
     */
    List<Change> apply(List<CatalogEvent> events, String newOffset) {
        List<String> keys = new ArrayList<>(List.of(offsetKey, CatalogKeys.RECENT));
        List<String> args = new ArrayList<>(List.of(newOffset == null ? "" : newOffset, Long.toString(tombstoneTtlSeconds)));
        for (CatalogEvent event : events) {
            keys.add(CatalogKeys.video(event.videoId()));
            keys.add(ReplicationKeys.tombstone(event.videoId()));
            keys.add(CatalogKeys.creator(event.creatorId()));
            args.add(event.type());
            args.add(event.videoId());
            args.add(event.creatorId());
            args.add(Integer.toString(event.hash().size() * 2));
            for (Map.Entry<String, String> field : event.hash().entrySet()) {
                args.add(field.getKey());
                args.add(field.getValue());
            }
        }
        List<Object> changed = APPLY.run(local.sync(), ScriptOutputType.MULTI, keys.toArray(String[]::new), args.toArray(String[]::new));
        List<Change> changes = new ArrayList<>();
        for (int i = 0; i + 1 < changed.size(); i += 2) {
            changes.add(new Change((String) changed.get(i), (String) changed.get(i + 1)));
        }
        return changes;
    }

    /** An event that changed this data center's catalogue. */
    record Change(String type, String videoId) {
    }
}
