package io.reelstorm.gateway.health;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway checks every configured instance ({@code reelstorm.gateway.health}). With these defaults a dark
 * data center is ejected within about two to three seconds and comes back as quickly once it is ready again.
 *
 * @param interval           time between two checks of an instance
 * @param timeout            how long one check may take before it counts as failed
 * @param path               what is asked: the instance's readiness, which includes its stores
 * @param unhealthyThreshold consecutive failed checks that eject an instance
 * @param healthyThreshold   consecutive passed checks that re-admit it
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.health")
public record HealthCheckProperties(
        @DefaultValue("1s") @NotNull Duration interval,
        @DefaultValue("500ms") @NotNull Duration timeout,
        @DefaultValue("/actuator/health/readiness") @NotBlank String path,
        @DefaultValue("2") @Min(1) @Max(100) int unhealthyThreshold,
        @DefaultValue("2") @Min(1) @Max(100) int healthyThreshold) {

    public HealthCheckProperties {
        if (interval != null && (interval.isNegative() || interval.isZero())) {
            throw new IllegalArgumentException("reelstorm.gateway.health.interval must be positive");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("reelstorm.gateway.health.timeout must be positive");
        }
    }
}
