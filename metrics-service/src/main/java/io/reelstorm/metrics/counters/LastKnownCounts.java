package io.reelstorm.metrics.counters;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The highest tally this process has read or written for each recently seen video, so that an honest
 * read can still say something true while the counter store cannot answer. Both parts of a tally only
 * grow, so the highest of each is the last known one.
 */
@Component
public class LastKnownCounts {

    private final Cache<String, ViewTally> counts;

    public LastKnownCounts(LastKnownCountsProperties properties) {
        this.counts = Caffeine.newBuilder().maximumSize(properties.maxSize()).build();
    }

    public void remember(String videoId, ViewTally tally) {
        counts.asMap().merge(videoId, tally, ViewTally::atLeast);
    }

    public void rememberAll(Map<String, ViewTally> byVideo) {
        byVideo.forEach(this::remember);
    }

    /** The last known tally, or null when this process has never seen one. */
    public ViewTally get(String videoId) {
        return counts.getIfPresent(videoId);
    }
}
