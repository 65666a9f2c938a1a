package io.reelstorm.feed.feed;

import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.catalog.Video;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The feed's view of the metadata Redis. */
@Component
class RedisFeedCatalog implements FeedCatalog {

    private final Catalog catalog;

    RedisFeedCatalog(Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public List<String> newestBefore(String beforeExclusive, int limit) {
        return catalog.recentIds(beforeExclusive, limit);
    }

    @Override
    public Map<String, Video> findAll(Collection<String> ids) {
        return catalog.findAll(ids);
    }
}
