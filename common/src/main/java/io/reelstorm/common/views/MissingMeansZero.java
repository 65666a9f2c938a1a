package io.reelstorm.common.views;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The naive strategy: whatever the metrics-service does not answer for counts as 0, and 0 is shown
 * as a fact ({@code stale: false}). It is how many first versions are written, and it is what makes
 * creators see "0 views" during an outage.
 */
public class MissingMeansZero implements ViewCountReader {

    private static final Logger log = LoggerFactory.getLogger(MissingMeansZero.class);

    private final ViewCountsSource source;

    public MissingMeansZero(ViewCountsSource source) {
        this.source = source;
    }

    @Override
    public Map<String, ViewCount> read(Collection<String> videoIds) {
        Map<String, ViewCount> known;
        try {
            known = videoIds.isEmpty() ? Map.of() : source.counts(videoIds);
        } catch (RuntimeException e) {
            log.warn("event=view-counts-unavailable strategy=missing-means-zero ids={} error=\"{}\"", videoIds.size(), e.getMessage());
            known = Map.of();
        }
        Map<String, ViewCount> result = new LinkedHashMap<>();
        for (String id : videoIds) {
            ViewCount count = known.get(id);
            result.put(id, count == null || !count.known() ? ViewCount.ZERO : new ViewCount(count.views(), false));
        }
        return result;
    }
}
