package io.reelstorm.metrics.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.reelstorm.common.dc.DataCenterAutoConfiguration;
import io.reelstorm.common.fixes.FixesAutoConfiguration;
import io.reelstorm.common.redis.RedisStoresAutoConfiguration;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ReplicationConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(DataCenterAutoConfiguration.class, FixesAutoConfiguration.class,
                    RedisStoresAutoConfiguration.class))
            .withUserConfiguration(Support.class, ReplicationConfiguration.class)
            .withPropertyValues("spring.application.name=metrics-service", "reelstorm.stores.counters.uri=redis://127.0.0.1:1");

    @Test
    void naiveModeHasNoReplicator() {
        context.run(started -> {
            assertThat(started).hasNotFailed().doesNotHaveBean(CounterReplicator.class);
            assertThat(started.getBean(ActiveActiveData.class)).isEqualTo(ActiveActiveData.OFF);
        });
    }

    @Test
    void activeActiveDataReplicatesFromTheConfiguredPeer() {
        context.withPropertyValues("reelstorm.fixes.enabled=active-active-data", "reelstorm.peer.dc=west",
                        "reelstorm.peer.stores.counters.uri=redis://127.0.0.1:2")
                .run(started -> {
                    assertThat(started).hasNotFailed().hasSingleBean(CounterReplicator.class);
                    assertThat(started.getBean(ActiveActiveData.class)).isEqualTo(new ActiveActiveData(true, "west"));
                    assertThat(started.getBean(ReplicationProperties.class).block()).isEqualTo(Duration.ofSeconds(1));
                });
    }

    @Test
    void activeActiveDataWithoutAPeerStopsTheServiceFromStartingNamingTheProperties() {
        context.withPropertyValues("reelstorm.fixes.enabled=active-active-data,honest-reads")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("reelstorm.peer.stores.counters.uri"));
    }

    @Test
    void aBlockAsLongAsThePeersCommandTimeoutStopsTheServiceFromStarting() {
        context.withPropertyValues("reelstorm.fixes.enabled=active-active-data", "reelstorm.peer.dc=west",
                        "reelstorm.peer.stores.counters.uri=redis://127.0.0.1:2",
                        "reelstorm.peer.stores.counters.command-timeout=1s")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("reelstorm.replication.block"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(ReplicationProperties.class)
    static class Support {

        @Bean
        Clock clock() {
            return Clock.systemUTC();
        }

        @Bean
        SimpleMeterRegistry meterRegistry() {
            return new SimpleMeterRegistry();
        }
    }
}
