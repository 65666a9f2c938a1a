package io.reelstorm.gateway.shedding;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the {@code load-shedding} fix sizes each service's concurrency limit ({@link AdaptiveLimit}); the bulkhead's
 * configured {@code maxConcurrentCalls} is where it starts.
 *
 * @param enabled       false keeps the configured limits fixed
 * @param min           the limit never goes below this: a service always gets some calls, and so a chance to show
 *                      it has recovered
 * @param max           nor above this
 * @param latencyTarget a call answered later than this is a sign of queueing: the limit narrows
 * @param backoffRatio  what the limit is multiplied by when it narrows
 */
public record AdaptiveLimitProperties(@DefaultValue("true") boolean enabled,
                                      @DefaultValue("4") @Min(1) int min,
                                      @DefaultValue("30") @Min(1) int max,
                                      @DefaultValue("1s") @NotNull Duration latencyTarget,
                                      @DefaultValue("0.8") @DecimalMin("0.1") @DecimalMax("0.99") double backoffRatio) {

    public AdaptiveLimitProperties {
        if (min > max) {
            throw new IllegalArgumentException("reelstorm.gateway.load-shedding.adaptive: min (" + min + ") exceeds max (" + max + ")");
        }
    }
}
