package io.reelstorm.common.views;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code reelstorm.staleness-budget} (default 2 s): resilient guarantees cover writes acknowledged at
 * least one budget before a read was sent; a read that cannot promise that says {@code stale: true}.
 */
@ConfigurationProperties("reelstorm")
public record StalenessProperties(@DefaultValue("2s") Duration stalenessBudget) {
}
