package io.reelstorm.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

class FeedPropertiesTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void aCursorSecretOf32CharactersIsAccepted() {
        context.withPropertyValues("reelstorm.feed.cursor-secret=" + "s".repeat(32))
                .run(started -> {
                    assertThat(started).hasNotFailed();
                    FeedProperties properties = started.getBean(FeedProperties.class);
                    assertThat(properties.trendingSlots()).isEqualTo(10);
                    assertThat(properties.blendEvery()).isEqualTo(3);
                    assertThat(properties.dashboardLimit()).isEqualTo(500);
                });
    }

    @Test
    void aShortCursorSecretStopsTheServiceFromStartingNamingTheProperty() {
        context.withPropertyValues("reelstorm.feed.cursor-secret=too-short")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("cursorSecret").hasMessageContaining("32"));
    }

    @Test
    void aMissingCursorSecretStopsTheServiceFromStarting() {
        context.run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aBlendRateBelowOneIsRejected() {
        context.withPropertyValues("reelstorm.feed.cursor-secret=" + "s".repeat(32), "reelstorm.feed.blend-every=0")
                .run(started -> assertThat(started).hasFailed());
    }

    @Test
    void aZeroTrendingTimeoutIsRejected() {
        context.withPropertyValues("reelstorm.feed.cursor-secret=" + "s".repeat(32), "reelstorm.feed.trending-timeout=0s")
                .run(started -> assertThat(started).hasFailed()
                        .getFailure().rootCause().hasMessageContaining("trending-timeout must be positive"));
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(FeedProperties.class)
    static class Settings {
    }
}
