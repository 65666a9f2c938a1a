package io.reelstorm.common.views;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * How a service that shows videos (feed, metadata) obtains their view counts, and what it shows when
 * it cannot. Each implementation is one named strategy: {@link MissingMeansZero} (naive) and
 * {@link HonestReads}; services get a {@link ViewCountStrategySwitch} that picks one per call.
 */
public interface ViewCountReader {

    /** A count for every id asked for. */
    Map<String, ViewCount> read(Collection<String> videoIds);

    default ViewCount read(String videoId) {
        return read(List.of(videoId)).get(videoId);
    }
}
