package io.reelstorm.metrics.catalog;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How long this service remembers that a video exists, so that the view hot path does not ask the
 * metadata Redis each time.
 *
 * @param ttl     how long an id stays known; a video deleted meanwhile may still collect views that long
 * @param maxSize how many ids are remembered at most
 */
@Validated
@ConfigurationProperties("reelstorm.known-videos")
public record KnownVideosProperties(
        @DefaultValue("30s") Duration ttl,
        @DefaultValue("100000") @Min(1) long maxSize) {

    @AssertTrue(message = "ttl must be positive")
    boolean isTtlPositive() {
        return ttl != null && ttl.isPositive();
    }
}
