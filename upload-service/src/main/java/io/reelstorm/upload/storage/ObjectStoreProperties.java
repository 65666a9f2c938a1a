package io.reelstorm.upload.storage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * This data center's S3-compatible object store, where video bytes live (object key = video id).
 *
 * @param endpoint       base URL, e.g. {@code http://127.0.0.1:9101}
 * @param accessKey      access key
 * @param secretKey      secret key
 * @param bucket         bucket holding the videos; created on first use when missing
 * @param region         signing region (S3Proxy and MinIO accept any)
 * @param partSize       bytes per part of a multipart upload, and so the memory one upload holds
 * @param connectTimeout how long opening a connection to the store may take
 * @param readTimeout    how long the store may stay silent while we wait for bytes
 * @param writeTimeout   how long the store may refuse to accept the bytes we send
 */
@Validated
@ConfigurationProperties("reelstorm.objects")
public record ObjectStoreProperties(
        @DefaultValue("http://127.0.0.1:9101") @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String endpoint,
        @DefaultValue("reelstorm") @NotBlank String accessKey,
        @DefaultValue("reelstorm-secret") @NotBlank String secretKey,
        @DefaultValue("videos") @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]", message = "must be a valid S3 bucket name") String bucket,
        @DefaultValue("us-east-1") @NotBlank String region,
        @DefaultValue("8MB") DataSize partSize,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("30s") Duration readTimeout,
        @DefaultValue("30s") Duration writeTimeout) {

    /** S3 refuses smaller parts (except the last one). */
    static final DataSize MIN_PART_SIZE = DataSize.ofMegabytes(5);
    /** One part is held in memory per upload in flight. */
    static final DataSize MAX_PART_SIZE = DataSize.ofMegabytes(64);

    public ObjectStoreProperties {
        if (partSize.compareTo(MIN_PART_SIZE) < 0 || partSize.compareTo(MAX_PART_SIZE) > 0) {
            throw new IllegalArgumentException("reelstorm.objects.part-size must be between "
                    + MIN_PART_SIZE + " (the S3 minimum) and " + MAX_PART_SIZE + ", was " + partSize);
        }
        requirePositive("connect-timeout", connectTimeout);
        requirePositive("read-timeout", readTimeout);
        requirePositive("write-timeout", writeTimeout);
    }

    private static void requirePositive(String name, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("reelstorm.objects." + name + " must be positive, was " + value);
        }
    }
}
