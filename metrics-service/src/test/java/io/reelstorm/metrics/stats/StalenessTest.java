package io.reelstorm.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.metrics.counters.ViewTally;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StalenessTest {

    private final Staleness staleness = new Staleness(Duration.ofSeconds(2));
    private final Instant readAt = Instant.parse("2026-11-21T10:00:00Z");

    @Test
    void aCountFromTheStoreWithNothingMissingIsFresh() {
        assertThat(staleness.fromStore(counted(7), null, false)).isEqualTo(new CountReading(7L, false));
        assertThat(staleness.fromStore(counted(7), counted(7), false)).isEqualTo(new CountReading(7L, false));
        assertThat(staleness.fromStore(counted(9), counted(7), false)).isEqualTo(new CountReading(9L, false));
    }

    @Test
    void aStoredCountBelowOneAlreadySeenIsStaleAndShowsTheHigherOne() {
        assertThat(staleness.fromStore(counted(0), counted(5), false)).isEqualTo(new CountReading(5L, true));
    }

    @Test
    void aCountThatWentDownBecauseADuplicateWasGivenBackIsFresh() {
        ViewTally seenBeforeTheRetraction = new ViewTally(4, 0);
        ViewTally afterIt = new ViewTally(4, 1);

        assertThat(staleness.fromStore(afterIt, seenBeforeTheRetraction, false)).isEqualTo(new CountReading(3L, false));
    }

    @Test
    void aStoreMissingCountedViewsShowsWhatIsKnownOfBothPartsStale() {
        ViewTally known = new ViewTally(6, 0);
        ViewTally storeLostViewsButLearnedARetraction = new ViewTally(4, 1);

        assertThat(staleness.fromStore(storeLostViewsButLearnedARetraction, known, false)).isEqualTo(new CountReading(5L, true));
    }

    @Test
    void aCountFromAStoreThatIsBehindIsStaleButStillShown() {
        assertThat(staleness.fromStore(counted(4), null, true)).isEqualTo(new CountReading(4L, true));
    }

    @Test
    void aZeroFromAStoreThatIsBehindIsUnknownNotZero() {
        assertThat(staleness.fromStore(ViewTally.NONE, null, true)).isEqualTo(new CountReading(null, true));
        assertThat(staleness.fromStore(ViewTally.NONE, ViewTally.NONE, true)).isEqualTo(new CountReading(null, true));
        assertThat(staleness.fromStore(ViewTally.NONE, null, false)).as("caught up: a real zero").isEqualTo(new CountReading(0L, false));
    }

    @Test
    void withTheStoreAwayTheLastKnownCountIsShownStaleAndAnUnknownOneIsNullNeverZero() {
        assertThat(staleness.fromMemory(counted(5))).isEqualTo(new CountReading(5L, true));
        assertThat(staleness.fromMemory(null)).isEqualTo(new CountReading(null, true));
        assertThat(staleness.fromMemory(ViewTally.NONE)).isEqualTo(new CountReading(null, true));
    }

    @Test
    void replicationIsBehindWhenItsLastSyncIsOlderThanOneBudgetOrUnknown() {
        assertThat(staleness.replicationBehind(readAt.minusMillis(1500), readAt)).isFalse();
        assertThat(staleness.replicationBehind(readAt.minusSeconds(2), readAt)).as("exactly one budget").isFalse();
        assertThat(staleness.replicationBehind(readAt.minusMillis(2001), readAt)).isTrue();
        assertThat(staleness.replicationBehind(null, readAt)).as("never synced, or catching up").isTrue();
    }

    private static ViewTally counted(long views) {
        return new ViewTally(views, 0);
    }

    @Test
    void onlyVideosCreatedBeforeTheStoreCameBackEmptyMayHaveLostViews() {
        Instant amnesia = readAt.minusSeconds(60);
        String before = new Ulid(Clock.fixed(amnesia.minusSeconds(1), ZoneOffset.UTC)).next();
        String sameMillisecond = new Ulid(Clock.fixed(amnesia, ZoneOffset.UTC)).next();
        String after = new Ulid(Clock.fixed(amnesia.plusMillis(1), ZoneOffset.UTC)).next();

        assertThat(staleness.lostToAmnesia(Optional.of(amnesia), before)).isTrue();
        assertThat(staleness.lostToAmnesia(Optional.of(amnesia), sameMillisecond)).as("in doubt, stale").isTrue();
        assertThat(staleness.lostToAmnesia(Optional.of(amnesia), after)).isFalse();
        assertThat(staleness.lostToAmnesia(Optional.empty(), before)).isFalse();
    }
}
