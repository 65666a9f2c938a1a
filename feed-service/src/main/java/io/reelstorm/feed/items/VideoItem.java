package io.reelstorm.feed.items;

import java.time.Instant;

/**
 * A video as the feed and the dashboard list it.
 *
 * @param views the view count; null when it is unknown (with {@code honest-reads}), never a 0 that is not one
 * @param stale true when the count may lack recent views
 */
public record VideoItem(String id, String title, String creatorId, Long views, boolean stale, Instant createdAt) {
}
