package io.reelstorm.upload.catalog;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.ScriptOutputType;
import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.common.redis.LuaScript;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.fixes.StartupFixes;
import io.reelstorm.upload.idempotency.IdempotencyKey;
import io.reelstorm.upload.idempotency.IdempotencyRecord;
import io.reelstorm.upload.idempotency.IdempotencyRecords;
import io.reelstorm.upload.replication.ReplicationKeys;
import io.reelstorm.upload.replication.ReplicationProperties;
import io.reelstorm.upload.storage.StoredCopies;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Writes the video catalogue of the metadata Redis (the layout of {@link CatalogKeys}). Each change is
 * one Lua script, so readers never see a video half-listed. With {@code active-active-data} the same
 * script appends the change to {@code replication:catalog} for the peer; with {@code upload-failover}
 * it records where the bytes are ({@code locations}) and which copies are still owed.
 */
@Component
public class CatalogWriter {

    /** The field of the video hash that lists the data centers holding its bytes (upload-failover). */
    public static final String LOCATIONS_FIELD = "locations";

    private static final LuaScript COMMIT = LuaScript.fromClasspath("scripts/commit-video.lua");
    private static final LuaScript DELETE = LuaScript.fromClasspath("scripts/delete-video.lua");
    private static final Duration READ_ONLY_RETRY_AFTER = Duration.ofSeconds(5);

    private final RedisStore meta;
    private final IdempotencyRecords records;
    private final StartupFixes fixes;
    private final ReplicationProperties replication;

    public CatalogWriter(@Qualifier("redisMetaStore") RedisStore meta, IdempotencyRecords records, StartupFixes fixes,
                         ReplicationProperties replication) {
        this.meta = meta;
        this.records = records;
        this.fixes = fixes;
        this.replication = replication;
    }

    /**
     * Writes the video's hash and lists it as recent and under its creator; with a key, also creates
     * its idempotency record, unless the key already has one: then nothing is written and that record
     * is returned.
     *
     * @param copies where the bytes were stored
     */
    public Optional<IdempotencyRecord> commit(Video video, StoredCopies copies, Optional<IdempotencyKey> key) {
        List<String> keys = new ArrayList<>(List.of(CatalogKeys.video(video.id()), CatalogKeys.RECENT, CatalogKeys.creator(video.creatorId()),
                ReplicationKeys.CATALOG_STREAM, ReplicationKeys.PENDING_COPIES));
        key.ifPresent(k -> keys.add(k.recordKey()));
        Map<String, String> hash = video.toHash();
        if (fixes.uploadFailover()) {
            hash.put(LOCATIONS_FIELD, locations(copies.locations()));
        }
        List<String> args = new ArrayList<>(List.of(
                video.id(),
                Long.toString(records.ttl().toSeconds()),
                key.isPresent() ? records.responseOf(video) : "",
                video.sha256(),
                flag(fixes.activeActiveData()),
                Long.toString(replication.streamMaxLength()),
                flag(fixes.uploadFailover() && copies.incomplete())));
        for (Map.Entry<String, String> field : hash.entrySet()) {
            args.add(field.getKey());
            args.add(field.getValue());
        }
        List<Object> result = writing(() -> COMMIT.run(meta.sync(), ScriptOutputType.MULTI, keys.toArray(String[]::new), args.toArray(String[]::new)));
        if (((Long) result.get(0)) == 1L) {
            return Optional.empty();
        }
        return Optional.of(records.fromFields((String) result.get(1), (String) result.get(2)));
    }

    /** Removes a video's metadata when {@code callerId} owns it. */
    public Deletion delete(String videoId, String callerId) {
        String outcome = writing(() -> DELETE.run(meta.sync(), ScriptOutputType.VALUE,
                new String[] {CatalogKeys.video(videoId), CatalogKeys.RECENT, CatalogKeys.creator(callerId),
                        ReplicationKeys.CATALOG_STREAM, ReplicationKeys.tombstone(videoId)},
                videoId, callerId, flag(fixes.activeActiveData()), Long.toString(replication.streamMaxLength()),
                Long.toString(replication.tombstoneTtl().toSeconds())));
        return switch (outcome) {
            case "deleted" -> Deletion.DELETED;
            case "not-owner" -> Deletion.NOT_OWNER;
            case "missing" -> Deletion.MISSING;
            default -> throw new IllegalStateException("unexpected answer from delete script: " + outcome);
        };
    }

    /** The {@code locations} field: the data centers in name order, e.g. {@code east,west}. */
    public static String locations(List<String> dataCenters) {
        return String.join(",", dataCenters.stream().sorted().distinct().toList());
    }

    /**
     * A metadata Redis that is a read-only replica (the naive standby after a failover that moved only
     * the traffic) refuses every write: the client should come back later, it did nothing wrong.
     */
    private static <T> T writing(Supplier<T> write) {
        try {
            return write.get();
        } catch (RedisCommandExecutionException e) {
            if (e.getMessage() != null && e.getMessage().contains("READONLY")) {
                throw new ApiProblem(ProblemType.STORE_UNAVAILABLE,
                        "This data center's catalogue is a read-only replica and takes no changes now; try again later.", e)
                        .retryAfter(READ_ONLY_RETRY_AFTER);
            }
            throw e;
        }
    }

    private static String flag(boolean on) {
        return on ? "1" : "0";
    }

    public enum Deletion {
        DELETED, NOT_OWNER, MISSING
    }
}
