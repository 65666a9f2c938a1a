package io.reelstorm.common.views;

import java.util.Collection;
import java.util.Map;

/** Where a reader strategy gets counts from: metrics-service, directly or behind a guard. */
@FunctionalInterface
public interface ViewCountsSource {

    /**
     * The counts the source knows; ids it has no count for are absent or carry an unknown count.
     * Throws when it cannot answer at all.
     */
    Map<String, ViewCount> counts(Collection<String> videoIds);
}
