package io.reelstorm.gateway.shedding;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The per-client rate limit of the {@code load-shedding} fix ({@code reelstorm.gateway.rate-limit}): a token bucket per
 * client in the edge Redis (Spring Cloud Gateway's {@code RedisRateLimiter}).
 *
 * @param redisUri          the edge Redis, e.g. {@code redis://127.0.0.1:6380}
 * @param replenishRate     requests per second a client may make, on average
 * @param burstCapacity     requests a client may make at once after being idle
 * @param timeout           how long the gateway waits for the edge Redis (connection or answer) before it lets the
 *                          request through
 * @param pauseAfterFailure how long the gateway stops asking an edge Redis that failed, letting every request through
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.rate-limit")
public record RateLimitProperties(
        @DefaultValue("redis://127.0.0.1:6380") @NotBlank String redisUri,
        @DefaultValue("50") @Min(1) int replenishRate,
        @DefaultValue("100") @Min(1) long burstCapacity,
        @DefaultValue("200ms") @NotNull Duration timeout,
        @DefaultValue("1s") @NotNull Duration pauseAfterFailure) {

    public RateLimitProperties {
        if (burstCapacity < replenishRate) {
            throw new IllegalArgumentException("reelstorm.gateway.rate-limit.burst-capacity (" + burstCapacity
                    + ") must be at least reelstorm.gateway.rate-limit.replenish-rate (" + replenishRate + ")");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("reelstorm.gateway.rate-limit.timeout must be positive");
        }
    }

    /** What a refused client is told to wait: the time one request's worth of tokens takes to come back. */
    public Duration retryAfter() {
        return Duration.ofSeconds(Math.max(1, (long) Math.ceil(1.0 / replenishRate)));
    }
}
