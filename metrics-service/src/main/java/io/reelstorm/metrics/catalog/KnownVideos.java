package io.reelstorm.metrics.catalog;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import org.springframework.stereotype.Component;

/**
 * Whether a video exists, asked of the metadata Redis and remembered for a while when it does.
 * "Unknown" is never remembered: a video uploaded a moment ago must be viewable at once.
 */
@Component
public class KnownVideos {

    private final Catalog catalog;
    private final Cache<String, Boolean> known;

    public KnownVideos(Catalog catalog, KnownVideosProperties properties) {
        this.catalog = catalog;
        this.known = Caffeine.newBuilder()
                .expireAfterWrite(properties.ttl())
                .maximumSize(properties.maxSize())
                .build();
    }

    /** Returns quietly when the video exists, otherwise a 404 problem. */
    public void require(String videoId) {
        if (known.getIfPresent(videoId) != null) {
            return;
        }
        if (!catalog.exists(videoId)) {
            throw new ApiProblem(ProblemType.VIDEO_NOT_FOUND, "No video has the id " + videoId + ".");
        }
        known.put(videoId, Boolean.TRUE);
    }
}
