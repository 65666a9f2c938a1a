package io.reelstorm.upload.catalog;

import io.reelstorm.common.redis.LuaScript;
import io.lettuce.core.ScriptOutputType;
import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.idempotency.IdempotencyKey;
import io.reelstorm.upload.idempotency.IdempotencyRecord;
import io.reelstorm.upload.idempotency.IdempotencyRecords;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes the video catalogue of the metadata Redis (the layout of {@link CatalogKeys}). Each change is
 * one Lua script, so readers never see a video half-listed.
 */
@Component
public class CatalogWriter {

    private static final LuaScript COMMIT = LuaScript.fromClasspath("scripts/commit-video.lua");
    private static final LuaScript DELETE = LuaScript.fromClasspath("scripts/delete-video.lua");

    private final RedisStore meta;
    private final IdempotencyRecords records;

    public CatalogWriter(@Qualifier("redisMetaStore") RedisStore meta, IdempotencyRecords records) {
        this.meta = meta;
        this.records = records;
    }

    /**
     * Writes the video's hash and lists it as recent and under its creator; with a key, also creates
     * its idempotency record, unless the key already has one: then nothing is written and that record
     * is returned.
     */
    public Optional<IdempotencyRecord> commit(Video video, Optional<IdempotencyKey> key) {
        List<String> keys = new ArrayList<>(List.of(CatalogKeys.video(video.id()), CatalogKeys.RECENT, CatalogKeys.creator(video.creatorId())));
        key.ifPresent(k -> keys.add(k.recordKey()));
        List<String> args = new ArrayList<>(List.of(
                video.id(),
                Long.toString(records.ttl().toSeconds()),
                key.isPresent() ? records.responseOf(video) : "",
                video.sha256()));
        for (Map.Entry<String, String> field : video.toHash().entrySet()) {
            args.add(field.getKey());
            args.add(field.getValue());
        }
        List<Object> result = COMMIT.run(meta.sync(), ScriptOutputType.MULTI, keys.toArray(String[]::new), args.toArray(String[]::new));
        if (((Long) result.get(0)) == 1L) {
            return Optional.empty();
        }
        return Optional.of(records.fromFields((String) result.get(1), (String) result.get(2)));
    }

    /** Removes a video's metadata when {@code callerId} owns it. */
    public Deletion delete(String videoId, String callerId) {
        String outcome = DELETE.run(meta.sync(), ScriptOutputType.VALUE,
                new String[] {CatalogKeys.video(videoId), CatalogKeys.RECENT, CatalogKeys.creator(callerId)},
                videoId, callerId);
        return switch (outcome) {
            case "deleted" -> Deletion.DELETED;
            case "not-owner" -> Deletion.NOT_OWNER;
            case "missing" -> Deletion.MISSING;
            default -> throw new IllegalStateException("unexpected answer from delete script: " + outcome);
        };
    }

    public enum Deletion {
        DELETED, NOT_OWNER, MISSING
    }
}
