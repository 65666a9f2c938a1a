package io.reelstorm.common.dc;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Which data center this process belongs to, and which instance of its service it is.
 *
 * @param name     the data center, e.g. {@code east}
 * @param instance the instance number of this service inside the data center, from 1
 */
@Validated
@ConfigurationProperties("reelstorm.dc")
public record DataCenterProperties(
        @DefaultValue("east") @Pattern(regexp = "[a-z][a-z0-9-]{0,15}", message = "must be a short lower-case name such as east") String name,
        @DefaultValue("1") @Min(1) int instance) {
}
