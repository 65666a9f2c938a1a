package io.reelstorm.metrics.trending;

import jakarta.validation.constraints.AssertTrue;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How trending scores decay.
 *
 * @param halfLife after this long a view weighs half as much as a fresh one
 */
@Validated
@ConfigurationProperties("reelstorm.trending")
public record TrendingProperties(@DefaultValue("6h") Duration halfLife) {

    @AssertTrue(message = "half-life must be at least one second")
    boolean isHalfLifeAtLeastASecond() {
        return halfLife != null && halfLife.compareTo(Duration.ofSeconds(1)) >= 0;
    }
}
