package io.reelstorm.feed.walk;

import java.util.List;

/** The catalogue's videos by creation time, as the walk reads them. */
@FunctionalInterface
public interface RecentIds {

    /** Up to {@code limit} ids older than {@code beforeExclusive}, newest first. */
    List<String> newestBefore(String beforeExclusive, int limit);
}
