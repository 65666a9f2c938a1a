package io.reelstorm.metrics.counters;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How many last known counts this process keeps for honest reads while the counter store is away.
 *
 * @param maxSize videos remembered at most (the least recently used go first)
 */
@Validated
@ConfigurationProperties("reelstorm.last-known-counts")
public record LastKnownCountsProperties(@DefaultValue("100000") @Min(1) long maxSize) {
}
