package io.reelstorm.gateway.workers;

import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The gateway's capacity for API requests ({@code reelstorm.gateway.workers}).
 *
 * @param size       how many API requests the gateway serves at once, across all services
 * @param maxWaiting how many more may wait in line for a place; beyond that a request is refused
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.workers")
public record WorkerPoolProperties(
        @DefaultValue("100") @Min(1) int size,
        @DefaultValue("200") @Min(0) int maxWaiting) {
}
