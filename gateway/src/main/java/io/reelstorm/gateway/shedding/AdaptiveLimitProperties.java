package io.reelstorm.gateway.shedding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@code load-shedding} fix sizes each service's concurrency limit ({@link AdaptiveLimit}); the bulkhead's
 * configured {@code maxConcurrentCalls} is where it starts, and its ceiling.
 *
 * @param enabled     false keeps the configured limits fixed
 * @param min         the limit never goes below this: a service always gets some calls, and so a chance to show it
 *                    has recovered
 * @param max         nor above this
 * @param tolerance   how much slower than usual the service may answer before the limit shrinks (1.5: half again)
 * @param smoothing   how far each call moves the limit towards its new target (0.2: a fifth of the way)
 * @param shortWindow calls in the short average (what the service does now)
 * @param usualOver   the time constant of the long average (what it usually does)
 */
public record AdaptiveLimitProperties(@DefaultValue("true") boolean enabled,
                                      @DefaultValue("2") @Min(1) int min,
                                      @DefaultValue("30") @Min(1) int max,
                                      @DefaultValue("1.5") @DecimalMin("1.0") @DecimalMax("10.0") double tolerance,
                                      @DefaultValue("0.2") @DecimalMin("0.01") @DecimalMax("1.0") double smoothing,
                                      @DefaultValue("10") @Min(1) int shortWindow,
                                      @DefaultValue("5m") @NotNull Duration usualOver) {

    public AdaptiveLimitProperties {
        if (min > max) {
            throw new IllegalArgumentException("reelstorm.gateway.load-shedding.adaptive: min (" + min + ") exceeds max (" + max + ")");
        }
    }
}
