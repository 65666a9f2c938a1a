package io.reelstorm.common.views;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code honest-reads} strategy: never a 0 for "unknown". What metrics-service answers is shown as
 * it is, {@code stale} flag included. When it cannot answer, or answers that it does not know, each
 * count is the last one this process saw for the video, marked stale; when none was seen, the count
 * is unknown ({@code views: null}, {@code stale: true}), and so is a stale 0. An answer lower than a count already seen
 * cannot be complete (counts only grow: the store behind it lost views), so the higher one is shown,
 * marked stale.
 */
public class HonestReads implements ViewCountReader {

    private static final Logger log = LoggerFactory.getLogger(HonestReads.class);

    private final ViewCountsSource source;
    private final LastKnownCounts lastKnown;
    private final AtomicBoolean answering = new AtomicBoolean(true);

    /**
     * @param source    metrics-service; its answers must reach {@code lastKnown} (see
     *                  {@link LastKnownCounts#recording})
     * @param lastKnown the counts this process saw
     */
    public HonestReads(ViewCountsSource source, LastKnownCounts lastKnown) {
        this.source = source;
        this.lastKnown = lastKnown;
    }

    @Override
    public Map<String, ViewCount> read(Collection<String> videoIds) {
        Map<String, ViewCount> answered = videoIds.isEmpty() ? Map.of() : ask(videoIds);
        Map<String, ViewCount> result = new LinkedHashMap<>();
        for (String id : videoIds) {
            result.put(id, honest(answered.get(id), lastKnown.get(id)));
        }
        return result;
    }

    private Map<String, ViewCount> ask(Collection<String> videoIds) {
        try {
            Map<String, ViewCount> answer = source.counts(videoIds);
            if (answering.compareAndSet(false, true)) {
                log.info("event=view-counts-available strategy=honest-reads");
            }
            return answer;
        } catch (RuntimeException e) {
            if (answering.compareAndSet(true, false)) {
                log.warn("event=view-counts-unavailable strategy=honest-reads fallback=last-known error=\"{}\"", e.getMessage());
            }
            return Map.of();
        }
    }

    static ViewCount honest(ViewCount answered, Long seen) {
        ViewCount shown;
        if (answered != null && answered.known()) {
            shown = seen != null && seen > answered.views() ? new ViewCount(seen, true) : answered;
        } else {
            shown = seen != null ? new ViewCount(seen, true) : ViewCount.UNKNOWN;
        }
        // A stale 0 says nothing (the video may well have views by now): unknown, never 0.
        return shown.stale() && shown.known() && shown.views() == 0 ? ViewCount.UNKNOWN : shown;
    }
}
