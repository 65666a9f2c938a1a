package io.reelstorm.metrics.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.metrics.replication.ReplicationPlan.Next;
import org.junit.jupiter.api.Test;

class ReplicationPlanTest {

    /** 20 entries ever appended, the oldest 5 trimmed: 1000-5 … 1000-19 held. */
    private final PeerStream trimmedStream = new PeerStream(15, "1000-19", 20, "1000-5");

    @Test
    void withoutAStoredOffsetTheReplicatorCatchesUpFromASnapshot() {
        assertThat(ReplicationPlan.next(null, trimmedStream)).isEqualTo(Next.CATCH_UP_NO_OFFSET);
        assertThat(ReplicationPlan.next(null, PeerStream.ABSENT)).isEqualTo(Next.CATCH_UP_NO_OFFSET);
    }

    @Test
    void anOffsetWithinWhatThePeerStillHoldsResumes() {
        assertThat(ReplicationPlan.next("1000-5", trimmedStream)).isEqualTo(Next.RESUME);
        assertThat(ReplicationPlan.next("1000-12", trimmedStream)).isEqualTo(Next.RESUME);
        assertThat(ReplicationPlan.next("1000-19", trimmedStream)).as("at the end").isEqualTo(Next.RESUME);
    }

    @Test
    void anOffsetOlderThanThePeersFirstEntryCatchesUpBecauseEntriesWereTrimmedUnread() {
        assertThat(ReplicationPlan.next("1000-3", trimmedStream)).isEqualTo(Next.CATCH_UP_TRIMMED);
        assertThat(ReplicationPlan.next("999-40", trimmedStream)).isEqualTo(Next.CATCH_UP_TRIMMED);
    }

    @Test
    void aStreamThatWasTrimmedToNothingAfterTheOffsetCatchesUp() {
        PeerStream emptied = new PeerStream(0, "1000-19", 20, null);

        assertThat(ReplicationPlan.next("1000-10", emptied)).isEqualTo(Next.CATCH_UP_TRIMMED);
        assertThat(ReplicationPlan.next("1000-19", emptied)).isEqualTo(Next.RESUME);
    }

    @Test
    void aNeverTrimmedStreamResumesFromTheStartWithoutEndlessCatchUps() {
        PeerStream fresh = new PeerStream(3, "2000-2", 3, "2000-0");

        assertThat(ReplicationPlan.next(StreamIds.ZERO, fresh)).isEqualTo(Next.RESUME);
    }

    @Test
    void aPeerStreamYoungerThanTheOffsetWasRecreatedAndCatchesUp() {
        PeerStream recreated = new PeerStream(2, "900-1", 2, "900-0");

        assertThat(ReplicationPlan.next("1000-19", recreated)).isEqualTo(Next.CATCH_UP_PEER_RESET);
        assertThat(ReplicationPlan.next("1000-19", PeerStream.ABSENT)).isEqualTo(Next.CATCH_UP_PEER_RESET);
    }

    @Test
    void anAbsentPeerStreamAfterACatchUpFromItIsTailedQuietly() {
        assertThat(ReplicationPlan.next(StreamIds.ZERO, PeerStream.ABSENT)).isEqualTo(Next.RESUME);
    }

    @Test
    void theEndIsReachedWhenTheOffsetIsTheLastEntryEverAppended() {
        assertThat(ReplicationPlan.reachedEnd("1000-19", trimmedStream)).isTrue();
        assertThat(ReplicationPlan.reachedEnd("1000-18", trimmedStream)).isFalse();
        assertThat(ReplicationPlan.reachedEnd(StreamIds.ZERO, PeerStream.ABSENT)).isTrue();
    }

    @Test
    void catchUpReasonsReadAsLogValues() {
        assertThat(Next.CATCH_UP_NO_OFFSET.reason()).isEqualTo("no-offset");
        assertThat(Next.CATCH_UP_PEER_RESET.reason()).isEqualTo("peer-reset");
    }
}
