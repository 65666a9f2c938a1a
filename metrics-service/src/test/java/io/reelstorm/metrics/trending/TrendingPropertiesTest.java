package io.reelstorm.metrics.trending;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class TrendingPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void theHalfLifeIsSixHoursUnlessConfigured() {
        context.run(started -> assertThat(started.getBean(TrendingProperties.class).halfLife()).isEqualTo(Duration.ofHours(6)));
        context.withPropertyValues("reelstorm.trending.half-life=30m")
                .run(started -> assertThat(started.getBean(TrendingProperties.class).halfLife()).isEqualTo(Duration.ofMinutes(30)));
    }

    @Test
    void aHalfLifeBelowOneSecondStopsTheServiceFromStarting() {
        context.withPropertyValues("reelstorm.trending.half-life=0s")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("half-life must be at least one second"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(TrendingProperties.class)
    static class Settings {
    }
}
