package io.reelstorm.metrics.stats;

import io.reelstorm.common.ids.Ulid;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * The honest-reads decisions: a read is stale when it cannot include every view acknowledged more
 * than one staleness budget before it. Counts only grow, so a count below one this process has seen
 * proves views missing, and the higher one is shown.
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
    public CountReading fromStore(long stored, Long lastKnown, boolean behind) {
        if (lastKnown != null && lastKnown > stored) {
            return new CountReading(lastKnown, true);
        }
        return behind ? fromMemory(stored) : new CountReading(stored, false);
    }

    /** The store did not answer: the last known count, or honestly nothing. */
    public CountReading fromMemory(Long lastKnown) {
        return new CountReading(lastKnown == null || lastKnown == 0 ? null : lastKnown, true);
    }
}
