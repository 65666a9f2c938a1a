package io.reelstorm.feed.items;

import java.time.Instant;

/**
 * A video as the feed and the dashboard list it.
 *
 * @param stale true when the count may lack recent views
 */
public record VideoItem(String id, String title, String creatorId, long views, boolean stale, Instant createdAt) {
}
