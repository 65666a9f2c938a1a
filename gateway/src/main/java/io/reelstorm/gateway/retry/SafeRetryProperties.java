package io.reelstorm.gateway.retry;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * The retries of the {@code safe-retries} fix ({@code reelstorm.gateway.safe-retries}).
 *
 * @param maxAttempts        attempts in all, the first included (3: at most two retries)
 * @param initialBackoff     the wait before the first retry; it grows exponentially, randomised by {@code jitter}
 * @param backoffMultiplier  how much each wait grows over the previous one
 * @param jitter             the randomisation factor of each wait (0.5: anywhere from half to one and a half times it)
 * @param maxReplayableBody  the largest POST body that is held in memory so that it can be sent again; larger ones
 *                           (uploads) stream through and are never retried by the gateway: the client's own retry,
 *                           with the same {@code Idempotency-Key}, covers them
 * @param budget             how many retries the gateway may add to the traffic
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.safe-retries")
public record SafeRetryProperties(
        @DefaultValue("3") @Min(1) @Max(10) int maxAttempts,
        @DefaultValue("50ms") @NotNull Duration initialBackoff,
        @DefaultValue("2.0") @DecimalMin("1.0") double backoffMultiplier,
        @DefaultValue("0.5") @DecimalMin("0.0") @DecimalMax("1.0") double jitter,
        @DefaultValue("1MB") @NotNull DataSize maxReplayableBody,
        @DefaultValue @Valid Budget budget) {

    public SafeRetryProperties {
        if (initialBackoff != null && (initialBackoff.isNegative() || initialBackoff.isZero())) {
            throw new IllegalArgumentException("reelstorm.gateway.safe-retries.initial-backoff must be positive");
        }
    }

    /**
     * A token bucket: each request deposits {@code ratio} of a token, each retry spends a whole one, and the bucket
     * holds at most {@code maxTokens}. Over time retries stay below {@code ratio} of the requests, however many fail.
     *
     * @param ratio     retries allowed per request, on average
     * @param maxTokens the most retries that can be saved up (and the content of the bucket at start)
     */
    public record Budget(
            @DefaultValue("0.1") @DecimalMin(value = "0.0", inclusive = false) @DecimalMax("1.0") double ratio,
            @DefaultValue("10") @DecimalMin("1.0") double maxTokens) {
    }
}
