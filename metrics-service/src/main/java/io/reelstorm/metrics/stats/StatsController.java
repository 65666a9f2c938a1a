package io.reelstorm.metrics.stats;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.ids.Ids;
import io.reelstorm.metrics.catalog.KnownVideos;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/videos/{id}/stats}. */
@RestController
class StatsController {

    private final KnownVideos knownVideos;
    private final CountReadings readings;
    private final DataCenter dataCenter;
    private final Clock clock;

    StatsController(KnownVideos knownVideos, CountReadings readings, DataCenter dataCenter, Clock clock) {
        this.knownVideos = knownVideos;
        this.readings = readings;
        this.dataCenter = dataCenter;
        this.clock = clock;
    }

    @GetMapping("/api/videos/{id}/stats")
    VideoStats stats(@PathVariable String id) {
        String videoId = Ids.videoId(id);
        knownVideos.require(videoId);
        CountReading reading = readings.read(List.of(videoId)).get(videoId);
        return new VideoStats(videoId, reading.views(), reading.stale(), clock.instant(), dataCenter.servedBy());
    }

    /**
     * @param views    the count; null when it is unknown (honest-reads, store unreachable, never seen)
     * @param stale    whether the count may lack views acknowledged more than one staleness budget ago
     * @param asOf     when the count was read
     * @param servedBy the process that answered, e.g. {@code east/metrics-service#1}
     */
    record VideoStats(String videoId, @JsonInclude(JsonInclude.Include.ALWAYS) Long views, boolean stale, Instant asOf,
                      String servedBy) {
    }
}
