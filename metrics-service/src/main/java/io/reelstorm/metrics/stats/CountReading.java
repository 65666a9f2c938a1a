package io.reelstorm.metrics.stats;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A count as this service answers it.
 *
 * @param views the count; null only for an honest "unknown" (the store cannot answer and this process
 *              has never seen a count of the video)
 * @param stale true when the count may lack views acknowledged more than one staleness budget ago
 */
public record CountReading(@JsonInclude(JsonInclude.Include.ALWAYS) Long views, boolean stale) {
}
