package io.reelstorm.feed.feed;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.feed.walk.RecentIds;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** What the feed reads from the video catalogue. */
public interface FeedCatalog extends RecentIds {

    /** Up to {@code limit} ids older than {@code beforeExclusive}, or the newest when it is null, newest first. */
    @Override
    List<String> newestBefore(String beforeExclusive, int limit);

    /** The videos that still exist among {@code ids}. */
    Map<String, Video> findAll(Collection<String> ids);
}
