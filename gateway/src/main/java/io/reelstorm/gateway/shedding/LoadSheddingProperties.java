package io.reelstorm.gateway.shedding;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The concurrency limit of the {@code load-shedding} fix ({@code reelstorm.gateway.load-shedding}). The limit itself
 * is a Resilience4j bulkhead per service, configured in {@code application.yml} ({@code resilience4j.bulkhead}),
 * whose size {@link AdaptiveLimit} moves with the service's latency.
 *
 * @param retryAfter what {@code Retry-After} tells a client refused because its service is at its limit
 * @param adaptive   how each limit follows the service's latency
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.load-shedding")
public record LoadSheddingProperties(@DefaultValue("1s") @NotNull Duration retryAfter,
                                     @DefaultValue @NotNull @Valid AdaptiveLimitProperties adaptive) {
}
