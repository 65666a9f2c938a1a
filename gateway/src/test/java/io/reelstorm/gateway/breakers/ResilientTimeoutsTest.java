package io.reelstorm.gateway.breakers;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.routing.ContractRoute;
import io.reelstorm.gateway.routing.ContractRoutes;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class ResilientTimeoutsTest {

    private static final Duration OTHERWISE = Duration.ofMinutes(7);

    private final ResilientTimeouts defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
            .bindOrCreate("reelstorm.gateway.resilient-timeouts", ResilientTimeouts.class);

    @Test
    void readsAndViewsWaitTwoSecondsContentFiveAndUploadsTwoMinutes() {
        assertThat(defaults.forRoute("feed", OTHERWISE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.forRoute("creator-videos", OTHERWISE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.forRoute("video-stats", OTHERWISE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.forRoute("record-view", OTHERWISE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.forRoute("video", OTHERWISE)).isEqualTo(Duration.ofSeconds(2));
        assertThat(defaults.forRoute("video-content", OTHERWISE)).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.forRoute("upload-video", OTHERWISE)).isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void everyContractRouteHasATimeoutOfItsOwn() {
        for (ContractRoute route : ContractRoutes.ALL) {
            assertThat(defaults.forRoute(route.id(), OTHERWISE)).as(route.id()).isNotEqualTo(OTHERWISE);
        }
    }

    @Test
    void anyOtherRouteGetsTheFallback() {
        assertThat(defaults.forRoute("api-docs-feed-service", OTHERWISE)).isEqualTo(OTHERWISE);
    }
}
