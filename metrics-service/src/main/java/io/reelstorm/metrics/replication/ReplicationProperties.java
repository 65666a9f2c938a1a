package io.reelstorm.metrics.replication;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How counters replicate between data centers (with {@code active-active-data}).
 *
 * @param block             how long one read of the peer's stream waits for new entries
 * @param batchSize         stream entries read and merged at most per round
 * @param streamMaxLength   approximate length the local replication stream is trimmed to; a peer that
 *                          falls further behind catches up from a snapshot instead
 * @param snapshotBatchSize counters fetched from the peer per round of a snapshot catch-up
 * @param backoffMin        the first pause after the peer or the local store failed
 * @param backoffMax        the longest pause between attempts
 */
@Validated
@ConfigurationProperties("reelstorm.replication")
public record ReplicationProperties(
        @DefaultValue("1s") Duration block,
        @DefaultValue("500") @Min(1) @Max(10_000) int batchSize,
        @DefaultValue("1000000") @Min(1_000) long streamMaxLength,
        @DefaultValue("200") @Min(1) @Max(10_000) int snapshotBatchSize,
        @DefaultValue("200ms") Duration backoffMin,
        @DefaultValue("5s") Duration backoffMax) {

    @AssertTrue(message = "block must be between 10ms and 10s")
    boolean isBlockReasonable() {
        return block != null && block.compareTo(Duration.ofMillis(10)) >= 0 && block.compareTo(Duration.ofSeconds(10)) <= 0;
    }

    @AssertTrue(message = "backoff-min must be positive and at most backoff-max")
    boolean isBackoffOrdered() {
        return backoffMin != null && backoffMax != null && backoffMin.isPositive() && backoffMin.compareTo(backoffMax) <= 0;
    }
}
