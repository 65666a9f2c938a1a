package io.reelstorm.upload.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.replication.PeerCatalog.StreamState;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When following the peer's stream goes on, and when only a snapshot can catch up. */
class PeerStreamTest {

    @Test
    void aFollowerWithoutAnOffsetTakesASnapshot() {
        assertThat(stream("1-0", "5-0", 5, 5).lostTrackOf(null)).isTrue();
        assertThat(StreamState.ABSENT.lostTrackOf(null)).isTrue();
    }

    @Test
    void aFollowerOfAPeerThatNeverWroteWaitsForItsFirstEntry() {
        assertThat(StreamState.ABSENT.lostTrackOf("0-0")).isFalse();
        assertThat(stream("1-0", "3-0", 3, 3).lostTrackOf("0-0")).as("nothing was ever trimmed").isFalse();
    }

    @Test
    void aPeerThatLostItsStreamOrStartedItOverMeansASnapshot() {
        assertThat(StreamState.ABSENT.lostTrackOf("7-0")).isTrue();
        assertThat(stream("1-0", "3-0", 3, 3).lostTrackOf("7-0")).isTrue();
    }

    @Test
    void aFollowerWhoseEntryIsStillThereFollowsOn() {
        assertThat(stream("4-0", "9-0", 6, 20).lostTrackOf("4-0")).isFalse();
        assertThat(stream("4-0", "9-0", 6, 20).lostTrackOf("6-3")).isFalse();
        assertThat(stream("4-0", "9-0", 6, 20).lostTrackOf("9-0")).as("caught up").isFalse();
    }

    @Test
    void aFollowerThePeerTrimmedPastTakesASnapshot() {
        assertThat(stream("4-0", "9-0", 6, 20).lostTrackOf("3-9")).isTrue();
        assertThat(new StreamState(true, "9-0", "0-0", null, 0, 20).lostTrackOf("5-0")).as("everything trimmed").isTrue();
        assertThat(new StreamState(true, "9-0", "0-0", null, 0, 20).lostTrackOf("9-0")).as("nothing after it").isFalse();
    }

    @Test
    void entryIdsAreOrderedByTimeThenSequence() {
        assertThat(StreamIds.after("10-0", "9-5")).isTrue();
        assertThat(StreamIds.after("9-5", "9-12")).isFalse();
        assertThat(StreamIds.after("9-12", "9-5")).isTrue();
    }

    @Test
    void aCreatedEntryCarriesTheWholeVideoHash() {
        CatalogEvent event = CatalogEvent.fromEntry(Map.of("type", "created", "id", "01ARZ3NDEKTSV4RRFFQ69G5FAV",
                "creatorId", "ana_99", "title", "t", "dc", "east")).orElseThrow();

        assertThat(event.type()).isEqualTo("created");
        assertThat(event.creatorId()).isEqualTo("ana_99");
        assertThat(event.hash()).containsEntry("title", "t").containsEntry("dc", "east").doesNotContainKey("type");
    }

    @Test
    void entriesThisVersionDoesNotUnderstandAreSkipped() {
        assertThat(CatalogEvent.fromEntry(Map.of("type", "renamed", "id", "01ARZ3NDEKTSV4RRFFQ69G5FAV"))).isEmpty();
        assertThat(CatalogEvent.fromEntry(Map.of("type", "created", "id", "not-an-id", "creatorId", "ana_99"))).isEmpty();
        assertThat(CatalogEvent.fromEntry(Map.of("type", "deleted", "id", "01ARZ3NDEKTSV4RRFFQ69G5FAV", "creatorId", "ana_99")))
                .hasValueSatisfying(e -> assertThat(e.type()).isEqualTo("deleted"));
    }

    private static StreamState stream(String first, String last, long length, long added) {
        return new StreamState(true, last, "0-0", first, length, added);
    }
}
