package io.reelstorm.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.ids.Ulid;
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
        assertThat(staleness.fromStore(7, null, false)).isEqualTo(new CountReading(7L, false));
        assertThat(staleness.fromStore(7, 7L, false)).isEqualTo(new CountReading(7L, false));
        assertThat(staleness.fromStore(9, 7L, false)).isEqualTo(new CountReading(9L, false));
    }

    @Test
    void aStoredCountBelowOneAlreadySeenIsStaleAndShowsTheHigherOne() {
        assertThat(staleness.fromStore(0, 5L, false)).isEqualTo(new CountReading(5L, true));
    }

    @Test
    void aCountFromAStoreThatIsBehindIsStaleButStillShown() {
        assertThat(staleness.fromStore(4, null, true)).isEqualTo(new CountReading(4L, true));
    }

    @Test
    void aZeroFromAStoreThatIsBehindIsUnknownNotZero() {
        assertThat(staleness.fromStore(0, null, true)).isEqualTo(new CountReading(null, true));
        assertThat(staleness.fromStore(0, 0L, true)).isEqualTo(new CountReading(null, true));
        assertThat(staleness.fromStore(0, null, false)).as("caught up: a real zero").isEqualTo(new CountReading(0L, false));
    }

    @Test
    void withTheStoreAwayTheLastKnownCountIsShownStaleAndAnUnknownOneIsNullNeverZero() {
        assertThat(staleness.fromMemory(5L)).isEqualTo(new CountReading(5L, true));
        assertThat(staleness.fromMemory(null)).isEqualTo(new CountReading(null, true));
        assertThat(staleness.fromMemory(0L)).isEqualTo(new CountReading(null, true));
    }

    @Test
    void replicationIsBehindWhenItsLastSyncIsOlderThanOneBudgetOrUnknown() {
        assertThat(staleness.replicationBehind(readAt.minusMillis(1500), readAt)).isFalse();
        assertThat(staleness.replicationBehind(readAt.minusSeconds(2), readAt)).as("exactly one budget").isFalse();
        assertThat(staleness.replicationBehind(readAt.minusMillis(2001), readAt)).isTrue();
        assertThat(staleness.replicationBehind(null, readAt)).as("never synced, or catching up").isTrue();
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
