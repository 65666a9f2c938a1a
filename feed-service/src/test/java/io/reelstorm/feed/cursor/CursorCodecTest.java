package io.reelstorm.feed.cursor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.feed.walk.WalkState;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class CursorCodecTest {

    private static final String SECRET = "test-cursor-secret-of-at-least-32-chars";

    private final Ulid ulid = new Ulid();
    private final CursorCodec codec = new CursorCodec(SECRET);

    @Test
    void aCursorCarriesTheWholeWalkState() {
        WalkState state = someState(10);

        assertThat(codec.decode(codec.encode(state))).isEqualTo(state);
    }

    @Test
    void aCursorWithoutTrendingHeadRoundTrips() {
        WalkState state = WalkState.start(ulid.next(), List.of());

        assertThat(codec.decode(codec.encode(state))).isEqualTo(state);
    }

    @Test
    void anotherInstanceWithTheSameSecretReadsTheCursor() {
        WalkState state = someState(3);

        assertThat(new CursorCodec(SECRET).decode(codec.encode(state))).isEqualTo(state);
    }

    @Test
    void cursorsAreUrlSafe() {
        assertThat(codec.encode(someState(10))).matches("[A-Za-z0-9_-]+");
    }

    @Test
    void everySingleFlippedBitIsDetected() {
        byte[] sealed = Base64.getUrlDecoder().decode(codec.encode(someState(2)));

        for (int bit = 0; bit < sealed.length * 8; bit++) {
            byte[] tampered = sealed.clone();
            tampered[bit / 8] ^= (byte) (1 << (bit % 8));
            String cursor = Base64.getUrlEncoder().withoutPadding().encodeToString(tampered);
            assertRejected(cursor);
        }
    }

    @Test
    void everyTruncationIsDetected() {
        String cursor = codec.encode(someState(2));

        for (int length = 0; length < cursor.length(); length++) {
            assertRejected(cursor.substring(0, length));
        }
    }

    @Test
    void aCursorSignedWithAnotherKeyIsRejected() {
        String forged = new CursorCodec("another-secret-of-at-least-32-characters").encode(someState(2));

        assertRejected(forged);
    }

    @Test
    void garbageIsRejected() {
        for (String garbage : List.of("", "abc", "!!!!", "%2F%2F", "a b c", "A".repeat(5000),
                Base64.getUrlEncoder().encodeToString(new byte[64]), "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZZ")) {
            assertRejected(garbage);
        }
    }

    @Test
    void aCursorOfAnotherVersionIsRejectedEvenWhenProperlySigned() {
        byte[] payload = codec.open(codec.encode(someState(2)));
        payload[0] = CursorCodec.VERSION + 1;

        assertThatThrownBy(() -> codec.decode(codec.seal(payload)))
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.INVALID_CURSOR);
                    assertThat(p.getMessage()).contains("version");
                });
    }

    @Test
    void aSignedPayloadWithImpossibleCountsIsRejected() {
        byte[] payload = codec.open(codec.encode(someState(2)));
        payload[1 + 16 + 4] = 3; // consumed 3 of a head of 2

        assertRejected(codec.seal(payload));
    }

    private void assertRejected(String cursor) {
        assertThatThrownBy(() -> codec.decode(cursor))
                .as("cursor %s", cursor.length() > 40 ? cursor.substring(0, 40) + "…" : cursor)
                .isInstanceOfSatisfying(ApiProblem.class, p -> {
                    assertThat(p.type()).isEqualTo(ProblemType.INVALID_CURSOR);
                    assertThat(p.toProblemDetail().getProperties()).containsEntry("field", "cursor");
                });
    }

    private WalkState someState(int headSize) {
        List<String> head = new ArrayList<>();
        for (int i = 0; i < headSize; i++) {
            head.add(ulid.next());
        }
        String recent = ulid.next();
        String snapshot = ulid.next();
        return new WalkState(snapshot, 1234, Math.min(1, headSize), recent, head);
    }
}
