package io.reelstorm.upload.replication;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Catalogue replication between the data centers ({@code active-active-data}).
 *
 * @param streamMaxLength about how many events {@code replication:catalog} keeps (trimmed
 *                        approximately); a peer further behind catches up from a snapshot
 * @param tombstoneTtl    how long a deleted video's tombstone stops a late {@code created} event
 * @param batchSize       how many events one apply script takes at most
 * @param pollTimeout     how long one read of the peer's stream waits for new events (below the peer
 *                        store's command timeout)
 * @param maxBackoff      the longest pause between attempts while the peer cannot be reached
 */
@Validated
@ConfigurationProperties("reelstorm.replication")
public record ReplicationProperties(
        @DefaultValue("100000") @Min(100) long streamMaxLength,
        @DefaultValue("7d") Duration tombstoneTtl,
        @DefaultValue("200") @Min(1) @Max(1000) int batchSize,
        @DefaultValue("1s") Duration pollTimeout,
        @DefaultValue("5s") Duration maxBackoff) {

    public ReplicationProperties {
        if (tombstoneTtl.toSeconds() < 1) {
            throw new IllegalArgumentException("reelstorm.replication.tombstone-ttl must be at least 1s, was " + tombstoneTtl);
        }
        if (pollTimeout.toMillis() < 10) {
            throw new IllegalArgumentException("reelstorm.replication.poll-timeout must be at least 10ms, was " + pollTimeout);
        }
        if (maxBackoff.toMillis() < 100) {
            throw new IllegalArgumentException("reelstorm.replication.max-backoff must be at least 100ms, was " + maxBackoff);
        }
    }
}
