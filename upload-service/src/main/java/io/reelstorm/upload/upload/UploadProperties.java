package io.reelstorm.upload.upload;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the upload endpoint.
 *
 * @param maxSize        the largest file accepted; larger uploads are refused with 413
 * @param idempotencyTtl how long an {@code Idempotency-Key} is remembered
 */
@ConfigurationProperties("reelstorm.upload")
public record UploadProperties(
        @DefaultValue("256MB") DataSize maxSize,
        @DefaultValue("24h") Duration idempotencyTtl) {

    public UploadProperties {
        if (maxSize.toBytes() <= 0) {
            throw new IllegalArgumentException("reelstorm.upload.max-size must be positive, was " + maxSize);
        }
        if (idempotencyTtl.toSeconds() < 1) {
            throw new IllegalArgumentException("reelstorm.upload.idempotency-ttl must be at least 1s, was " + idempotencyTtl);
        }
    }
}
