package io.reelstorm.metrics.stats;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.metrics.counters.ViewTally;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The honest-reads decisions: a read is stale when it cannot include every view acknowledged more
 * than one staleness budget before it. Counted views only grow ({@link ViewTally}), so a tally that
 * counted fewer than one this process has seen proves views missing, and the higher one is shown.
 *
 * @param budget the staleness budget ({@code reelstorm.staleness-budget})
 */
public record Staleness(Duration budget) {

    /**
     * With active-active data: views the peer acknowledged before {@code readAt - budget} are here only
     * if this store held everything of the peer's stream at that moment or later. Unknown (never, or a
     * catch-up in progress) is behind.
     */
    public boolean replicationBehind(Instant syncedAt, Instant readAt) {
        return syncedAt == null || syncedAt.isBefore(readAt.minus(budget));
    }

    /**
     * Whether a video may have lost views when the counter store came back empty: it existed before
     * (ids carry their creation time in milliseconds; the same millisecond counts as before).
     */
    public boolean lostToAmnesia(Optional<Instant> amnesiaNoticedAt, String videoId) {
        return amnesiaNoticedAt.isPresent()
                && !Ulid.timestamp(videoId).isAfter(amnesiaNoticedAt.get().truncatedTo(ChronoUnit.MILLIS));
    }

    /**
     * A count the store answered. A stale 0 is not a count but the absence of one (the views may simply not have
     * arrived yet), so it is shown as unknown: never a 0 for "unknown".
     */
    public CountReading fromStore(ViewTally stored, ViewTally lastKnown, boolean behind) {
        if (lastKnown != null && lastKnown.counted() > stored.counted()) {
            return new CountReading(lastKnown.atLeast(stored).views(), true);
        }
        return behind ? fromMemory(stored) : new CountReading(stored.views(), false);
    }

    /** The store did not answer: the last known count, or honestly nothing. */
    public CountReading fromMemory(ViewTally lastKnown) {
        return new CountReading(lastKnown == null || lastKnown.views() == 0 ? null : lastKnown.views(), true);
    }
}
