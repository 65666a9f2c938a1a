package io.reelstorm.upload.failover;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How {@code upload-failover} treats the peer's object store.
 *
 * @param peerCoolOff     after a write to the peer's store failed, how long uploads skip it (and owe
 *                        it a copy) instead of waiting for it again
 * @param repairInterval  how often the owed copies are looked at
 * @param repairBatchSize how many owed copies one round takes on at most
 * @param straggler       once one store has taken a step of an upload (a part, or the whole file), how much longer
 *                        the other may take before it is dropped and owed a copy; a frozen or silently cut-off store
 *                        then costs an upload this long rather than the object client's read timeout
 */
@Validated
@ConfigurationProperties("reelstorm.upload-failover")
public record UploadFailoverProperties(
        @DefaultValue("5s") Duration peerCoolOff,
        @DefaultValue("2s") Duration repairInterval,
        @DefaultValue("50") @Min(1) @Max(1000) int repairBatchSize,
        @DefaultValue("1s") Duration straggler) {

    public UploadFailoverProperties {
        if (peerCoolOff.isNegative()) {
            throw new IllegalArgumentException("reelstorm.upload-failover.peer-cool-off must not be negative, was " + peerCoolOff);
        }
        if (straggler.isNegative()) {
            throw new IllegalArgumentException("reelstorm.upload-failover.straggler must not be negative, was " + straggler);
        }
        if (repairInterval.toMillis() < 10) {
            throw new IllegalArgumentException("reelstorm.upload-failover.repair-interval must be at least 10ms, was " + repairInterval);
        }
    }
}
