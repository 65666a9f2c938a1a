package io.reelstorm.metrics.stats;

import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.ids.Ids;
import io.reelstorm.metrics.catalog.KnownVideos;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/videos/{id}/stats}. */
@RestController
class StatsController {

    private final KnownVideos knownVideos;
    private final ViewCounts counts;
    private final DataCenter dataCenter;
    private final Clock clock;

    StatsController(KnownVideos knownVideos, ViewCounts counts, DataCenter dataCenter, Clock clock) {
        this.knownVideos = knownVideos;
        this.counts = counts;
        this.dataCenter = dataCenter;
        this.clock = clock;
    }

    @GetMapping("/api/videos/{id}/stats")
    VideoStats stats(@PathVariable String id) {
        String videoId = Ids.videoId(id);
        knownVideos.require(videoId);
        return new VideoStats(videoId, counts.of(videoId), false, clock.instant(), dataCenter.servedBy());
    }

    /**
     * @param stale    whether the count may lack views acknowledged more than one staleness budget ago
     * @param asOf     when the count was read
     * @param servedBy the process that answered, e.g. {@code east/metrics-service#1}
     */
    record VideoStats(String videoId, long views, boolean stale, Instant asOf, String servedBy) {
    }
}
