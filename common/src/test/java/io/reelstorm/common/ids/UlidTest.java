package io.reelstorm.common.ids;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class UlidTest {

    private final Clock frozen = Clock.fixed(Instant.parse("2026-11-21T10:15:30.123Z"), ZoneOffset.UTC);

    @Test
    void idsAreValidAndCarryTheirCreationTime() {
        String id = new Ulid(frozen).next();

        assertThat(id).hasSize(26);
        assertThat(Ulid.isValid(id)).isTrue();
        assertThat(Ulid.timestamp(id)).isEqualTo(Instant.parse("2026-11-21T10:15:30.123Z"));
    }

    @Test
    void idsMadeInTheSameMillisecondStillIncrease() {
        Ulid ulid = new Ulid(frozen);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 1000; i++) {
            ids.add(ulid.next());
        }

        assertThat(ids).isSorted().doesNotHaveDuplicates();
    }

    @Test
    void laterIdsSortAfterEarlierOnes() {
        String earlier = new Ulid(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC)).next();
        String later = new Ulid(Clock.fixed(Instant.parse("2026-01-01T00:00:00.001Z"), ZoneOffset.UTC)).next();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void bytesRoundTrip() {
        String id = new Ulid().next();

        assertThat(Ulid.fromBytes(Ulid.toBytes(id))).isEqualTo(id);
        assertThat(Ulid.toBytes(id)).hasSize(16);
    }

    @Test
    void rejectsWhatIsNotAUlid() {
        assertThat(Ulid.isValid(null)).isFalse();
        assertThat(Ulid.isValid("")).isFalse();
        assertThat(Ulid.isValid("01ARZ3NDEKTSV4RRFFQ69G5FA")).as("25 chars").isFalse();
        assertThat(Ulid.isValid("01ARZ3NDEKTSV4RRFFQ69G5FAVX")).as("27 chars").isFalse();
        assertThat(Ulid.isValid("01ARZ3NDEKTSV4RRFFQ69G5FAU")).as("U is not Crockford").isFalse();
        assertThat(Ulid.isValid("81ARZ3NDEKTSV4RRFFQ69G5FAV")).as("overflows 128 bits").isFalse();
        assertThat(Ulid.isValid("..%2F..%2F..%2Fetc%2Fpasswd")).isFalse();
        assertThat(Ulid.isValid("01ARZ3NDEKTSV4RRFFQ69G5FAV")).isTrue();
    }
}
