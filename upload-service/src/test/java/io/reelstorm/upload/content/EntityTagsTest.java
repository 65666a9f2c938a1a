package io.reelstorm.upload.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntityTagsTest {

    private static final String ETAG = EntityTags.of("abc123");

    @Test
    void anEtagIsTheQuotedHash() {
        assertThat(ETAG).isEqualTo("\"abc123\"");
    }

    @Test
    void ifNoneMatchHitsOnTheTagAWeakTagOrAStarAmongOthers() {
        assertThat(EntityTags.noneMatchHits("\"abc123\"", ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("W/\"abc123\"", ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("\"x\", \"abc123\"", ETAG)).isTrue();
        assertThat(EntityTags.noneMatchHits("*", ETAG)).isTrue();
    }

    @Test
    void ifNoneMatchMissesOtherTagsAndAbsence() {
        assertThat(EntityTags.noneMatchHits(null, ETAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("\"abc\"", ETAG)).isFalse();
        assertThat(EntityTags.noneMatchHits("abc123", ETAG)).isFalse();
    }

    @Test
    void aRangeAppliesWithoutIfRangeOrWithTheSameStrongTag() {
        assertThat(EntityTags.rangeStillApplies(null, ETAG)).isTrue();
        assertThat(EntityTags.rangeStillApplies("\"abc123\"", ETAG)).isTrue();
        assertThat(EntityTags.rangeStillApplies("W/\"abc123\"", ETAG)).isFalse();
        assertThat(EntityTags.rangeStillApplies("Sat, 21 Nov 2026 10:00:00 GMT", ETAG)).isFalse();
    }
}
