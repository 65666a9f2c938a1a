package io.reelstorm.upload.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRecordTest {

    private static final Video VIDEO = new Video("01JD0000000000000000000000", "Sunset", "ana_99", 10, "aaa", "video/mp4",
            Instant.parse("2026-11-21T10:00:00Z"), "east");
    private final IdempotencyRecord record = new IdempotencyRecord("aaa", VIDEO);

    @Test
    void theSameFileReplaysTheRecordedVideo() {
        assertThat(record.replayFor("aaa")).isSameAs(VIDEO);
    }

    @Test
    void aDifferentFileIsAKeyReusedProblem() {
        assertThatThrownBy(() -> record.replayFor("bbb"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.type()).isEqualTo(ProblemType.IDEMPOTENCY_KEY_REUSED));
    }

    @Test
    void keysAreScopedToTheCreatorAndHashed() {
        IdempotencyKey ana = IdempotencyKey.of("ana_99", "retry-1");

        assertThat(ana.recordKey()).matches("idempotency:ana_99:[0-9a-f]{64}");
        assertThat(ana).isEqualTo(IdempotencyKey.of("ana_99", "retry-1"));
        assertThat(ana).isNotEqualTo(IdempotencyKey.of("bob_7", "retry-1"));
        assertThat(ana).isNotEqualTo(IdempotencyKey.of("ana_99", "retry-2"));
    }
}
