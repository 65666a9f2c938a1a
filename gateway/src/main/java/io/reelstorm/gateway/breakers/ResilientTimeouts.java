package io.reelstorm.gateway.breakers;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The response timeouts of the {@code circuit-breakers} fix ({@code reelstorm.gateway.resilient-timeouts}), per kind
 * of call and far shorter than the naive 30 s: a caller should learn within a couple of seconds that a service is in
 * trouble, not hold a connection (and a client) for half a minute. Each is the time to the first byte of the answer;
 * for an upload that includes sending the file.
 *
 * @param feed     {@code GET /api/feed} and the creator dashboard
 * @param stats    {@code GET /api/videos/{id}/stats}
 * @param views    {@code POST /api/videos/{id}/views}
 * @param metadata {@code GET|HEAD|DELETE /api/videos/{id}}
 * @param content  {@code GET|HEAD /api/videos/{id}/content}, to the first byte
 * @param upload   {@code POST /api/videos}, the whole file included
 */
@Validated
@ConfigurationProperties("reelstorm.gateway.resilient-timeouts")
public record ResilientTimeouts(
        @DefaultValue("2s") @NotNull Duration feed,
        @DefaultValue("2s") @NotNull Duration stats,
        @DefaultValue("2s") @NotNull Duration views,
        @DefaultValue("2s") @NotNull Duration metadata,
        @DefaultValue("5s") @NotNull Duration content,
        @DefaultValue("120s") @NotNull Duration upload) {

    public ResilientTimeouts {
        if (Stream.of(feed, stats, views, metadata, content, upload).anyMatch(t -> t != null && (t.isNegative() || t.isZero()))) {
            throw new IllegalArgumentException("reelstorm.gateway.resilient-timeouts.* must all be positive");
        }
    }

    /** The timeout of a contract route (by its id), or {@code otherwise} for any other route. */
    public Duration forRoute(String routeId, Duration otherwise) {
        return switch (routeId) {
            case "feed", "creator-videos" -> feed;
            case "video-stats" -> stats;
            case "record-view" -> views;
            case "video" -> metadata;
            case "video-content" -> content;
            case "upload-video" -> upload;
            default -> otherwise;
        };
    }
}
