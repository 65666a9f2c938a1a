package io.reelstorm.feed;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the feed and the dashboard.
 *
 * @param cursorSecret    HMAC key that makes cursors tamper-evident; identical in both data centers
 * @param trendingSlots   how many trending videos a walk of the feed blends in at most (0: none)
 * @param blendEvery      every how many positions a trending video comes, starting with the first
 * @param dashboardLimit  how many videos the creator dashboard lists at most
 * @param trendingTimeout how long the call for the trending list may take
 */
@Validated
@ConfigurationProperties("reelstorm.feed")
public record FeedProperties(
        @NotNull @Size(min = 32, message = "must be at least 32 characters: it is a 256-bit HMAC key") String cursorSecret,
        @DefaultValue("10") @Min(0) @Max(100) int trendingSlots,
        @DefaultValue("3") @Min(1) int blendEvery,
        @DefaultValue("500") @Min(1) @Max(10_000) int dashboardLimit,
        @DefaultValue("5s") @NotNull Duration trendingTimeout) {

    @AssertTrue(message = "trending-timeout must be positive")
    boolean isTrendingTimeoutPositive() {
        return trendingTimeout != null && trendingTimeout.isPositive();
    }
}
