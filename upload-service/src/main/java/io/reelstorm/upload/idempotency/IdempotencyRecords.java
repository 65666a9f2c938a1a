package io.reelstorm.upload.idempotency;

import io.lettuce.core.KeyValue;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.upload.UploadProperties;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Idempotency records in the metadata Redis: a hash {@code idempotency:{creatorId}:{key-hash}} with
 * the committed response (the video as JSON) and the file's SHA-256, expiring after the configured
 * time. Records are created only by the commit script, together with the video they answer.
 */
@Component
public class IdempotencyRecords {

    /** The fields the commit script writes. */
    private static final String RESPONSE_FIELD = "response";
    private static final String SHA256_FIELD = "sha256";

    private final RedisStore meta;
    private final JsonMapper json;
    private final Duration ttl;

    public IdempotencyRecords(@Qualifier("redisMetaStore") RedisStore meta, JsonMapper json, UploadProperties properties) {
        this.meta = meta;
        this.json = json;
        this.ttl = properties.idempotencyTtl();
    }

    public Optional<IdempotencyRecord> find(IdempotencyKey key) {
        List<KeyValue<String, String>> fields = meta.sync().hmget(key.recordKey(), RESPONSE_FIELD, SHA256_FIELD);
        return fields.stream().allMatch(KeyValue::hasValue)
                ? Optional.of(fromFields(fields.get(0).getValue(), fields.get(1).getValue()))
                : Optional.empty();
    }

    public IdempotencyRecord fromFields(String response, String sha256) {
        return new IdempotencyRecord(sha256, json.readValue(response, Video.class));
    }

    public String responseOf(Video video) {
        return json.writeValueAsString(video);
    }

    public Duration ttl() {
        return ttl;
    }
}
