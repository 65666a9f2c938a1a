package io.reelstorm.common.ids;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class IdsTest {

    @Test
    void videoIdsAreNormalisedToUpperCase() {
        assertThat(Ids.videoId("01arz3ndektsv4rrffq69g5fav")).isEqualTo("01ARZ3NDEKTSV4RRFFQ69G5FAV");
    }

    @Test
    void aMalformedVideoIdIsA400Problem() {
        assertThatThrownBy(() -> Ids.videoId("../../etc/passwd"))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.type()).isEqualTo(ProblemType.INVALID_VIDEO_ID));
    }

    @Test
    void creatorIdsFollowTheContractPattern() {
        assertThat(Ids.creatorId("ana_99", "X-Creator-Id")).isEqualTo("ana_99");
        for (String bad : new String[] {null, "", "ab", "Ana", "a-b-c", "x".repeat(33), "ana 99"}) {
            assertThatThrownBy(() -> Ids.creatorId(bad, "X-Creator-Id"))
                    .as("%s", bad)
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.type()).isEqualTo(ProblemType.INVALID_CREATOR_ID);
                        assertThat(p.toProblemDetail().getProperties()).containsEntry("field", "X-Creator-Id");
                    });
        }
    }
}
