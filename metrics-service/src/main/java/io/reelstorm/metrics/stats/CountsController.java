package io.reelstorm.metrics.stats;

import io.reelstorm.common.dc.DataCenter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Internal (not routed by the gateway): counts of many videos at once, as
 * {@link io.reelstorm.common.views.ViewCountsClient} asks for them. Every id asked is answered, keyed
 * as the caller wrote it, as {@code {"views": n, "stale": b}}; with honest-reads a count nobody can
 * know right now is {@code {"views": null, "stale": true}}.
 */
@RestController
class CountsController {

    private final CountReadings readings;
    private final DataCenter dataCenter;
    private final Clock clock;

    CountsController(CountReadings readings, DataCenter dataCenter, Clock clock) {
        this.readings = readings;
        this.dataCenter = dataCenter;
        this.clock = clock;
    }

    @PostMapping("/internal/views/counts")
    CountsResponse counts(@RequestBody CountsRequest request) {
        Map<String, String> ids = request.validIds();
        Map<String, CountReading> read = readings.read(ids.values());
        Map<String, CountReading> answer = new LinkedHashMap<>();
        ids.forEach((asked, canonical) -> answer.put(asked, read.get(canonical)));
        return new CountsResponse(answer, clock.instant(), dataCenter.servedBy());
    }

    record CountsResponse(Map<String, CountReading> counts, Instant asOf, String servedBy) {
    }
}
