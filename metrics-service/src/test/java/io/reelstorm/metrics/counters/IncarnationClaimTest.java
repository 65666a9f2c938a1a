package io.reelstorm.metrics.counters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IncarnationClaimTest {

    private static final String OURS = "01JDQ2V3Y8M5ZK7T0E6P9H4W1C";
    private static final String NEWER = "01JDQ3A0000000000000000000";

    @Test
    void aStoreWithoutIncarnationTakesOurCandidate() {
        assertThat(IncarnationClaim.of(NEWER, null)).isEqualTo(new IncarnationClaim(NEWER, true));
    }

    @Test
    void anIncarnationAnotherInstanceClaimedFirstIsAdopted() {
        assertThat(IncarnationClaim.of("01JDQ3B0000000000000000000", NEWER)).isEqualTo(new IncarnationClaim(NEWER, false));
    }

    @Test
    void theIncarnationIsLostWhenTheStoreHoldsNoneOrAnother() {
        assertThat(IncarnationClaim.lost(OURS, null)).as("the store came back empty").isTrue();
        assertThat(IncarnationClaim.lost(OURS, NEWER)).as("another instance already replaced it").isTrue();
        assertThat(IncarnationClaim.lost(OURS, OURS)).isFalse();
    }

    @Test
    void nothingIsLostBeforeThisProcessEverClaimedOne() {
        assertThat(IncarnationClaim.lost(null, null)).isFalse();
        assertThat(IncarnationClaim.lost(null, OURS)).isFalse();
    }
}
