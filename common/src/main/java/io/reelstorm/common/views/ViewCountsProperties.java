package io.reelstorm.common.views;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where a service reads view counts from.
 *
 * @param metricsUrl        base URL of this data center's metrics-service
 * @param connectTimeout    connection timeout for that call
 * @param timeout           how long one counts request may take in all (the naive timeout; with
 *                          {@code circuit-breakers} the service's time limiter cuts it short)
 * @param lastKnownCapacity how many videos' last seen counts {@code honest-reads} keeps in memory
 */
@Validated
@ConfigurationProperties("reelstorm.views")
public record ViewCountsProperties(
        @NotBlank String metricsUrl,
        @DefaultValue("1s") Duration connectTimeout,
        @DefaultValue("5s") Duration timeout,
        @DefaultValue("100000") @Min(1) int lastKnownCapacity) {
}
