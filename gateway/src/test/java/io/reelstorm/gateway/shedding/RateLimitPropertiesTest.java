package io.reelstorm.gateway.shedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class RateLimitPropertiesTest {

    @Test
    void eachClientMayMakeFiftyRequestsASecondWithBurstsOfAHundredOnTheLocalEdgeRedis() {
        RateLimitProperties defaults = bind(Map.of());

        assertThat(defaults.redisUri()).isEqualTo("redis://127.0.0.1:6380");
        assertThat(defaults.replenishRate()).isEqualTo(50);
        assertThat(defaults.burstCapacity()).isEqualTo(100);
        assertThat(defaults.retryAfter()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void aBurstSmallerThanTheRateFailsStartUpNamingBothProperties() {
        assertThatThrownBy(() -> bind(Map.of("reelstorm.gateway.rate-limit.replenish-rate", "20",
                "reelstorm.gateway.rate-limit.burst-capacity", "10")))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("burst-capacity").hasMessageContaining("replenish-rate");
    }

    private static RateLimitProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("reelstorm.gateway.rate-limit", RateLimitProperties.class);
    }
}
