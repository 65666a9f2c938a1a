package io.reelstorm.metrics.stats;

import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.views.ViewCount;
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
 * as the caller wrote it.
 */
@RestController
class CountsController {

    private final ViewCounts counts;
    private final DataCenter dataCenter;
    private final Clock clock;

    CountsController(ViewCounts counts, DataCenter dataCenter, Clock clock) {
        this.counts = counts;
        this.dataCenter = dataCenter;
        this.clock = clock;
    }

    @PostMapping("/internal/views/counts")
    CountsResponse counts(@RequestBody CountsRequest request) {
        Map<String, String> ids = request.validIds();
        Map<String, Long> views = counts.of(ids.values());
        Map<String, ViewCount> answer = new LinkedHashMap<>();
        ids.forEach((asked, canonical) -> answer.put(asked, new ViewCount(views.get(canonical), false)));
        return new CountsResponse(answer, clock.instant(), dataCenter.servedBy());
    }

    record CountsResponse(Map<String, ViewCount> counts, Instant asOf, String servedBy) {
    }
}
