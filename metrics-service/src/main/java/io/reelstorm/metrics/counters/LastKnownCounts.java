package io.reelstorm.metrics.counters;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The highest count this process has read or written for each recently seen video, so that an honest
 * read can still say something true while the counter store cannot answer. Counts only grow, so the
 * highest is the last known one.
 */
@Component
public class LastKnownCounts {

    private final Cache<String, Long> counts;

    public LastKnownCounts(LastKnownCountsProperties properties) {
        this.counts = Caffeine.newBuilder().maximumSize(properties.maxSize()).build();
    }

    public void remember(String videoId, long count) {
        counts.asMap().merge(videoId, count, Math::max);
    }

    public void rememberAll(Map<String, Long> byVideo) {
        byVideo.forEach(this::remember);
    }

    /** The last known count, or null when this process has never seen one. */
    public Long get(String videoId) {
        return counts.getIfPresent(videoId);
    }
}
