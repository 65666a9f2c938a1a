package io.reelstorm.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class CountsRequestTest {

    private final Ulid ulid = new Ulid();

    @Test
    void idsAreAnsweredAsAskedAndReadInCanonicalForm() {
        String id = ulid.next();

        assertThat(new CountsRequest(List.of(id.toLowerCase(), id)).validIds())
                .containsEntry(id.toLowerCase(), id)
                .containsEntry(id, id);
    }

    @Test
    void fiveHundredIdsAreAccepted() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CountsRequest.MAX_IDS; i++) {
            ids.add(ulid.next());
        }

        assertThat(new CountsRequest(ids).validIds()).hasSize(500);
    }

    @Test
    void noIdsOrTooManyIsAnInvalidRequestNamingTheField() {
        List<String> tooMany = Collections.nCopies(CountsRequest.MAX_IDS + 1, ulid.next());
        for (List<String> ids : Arrays.asList(null, List.<String>of(), tooMany)) {
            assertThatThrownBy(() -> new CountsRequest(ids).validIds())
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.type()).isEqualTo(ProblemType.INVALID_REQUEST);
                        assertThat(p.toProblemDetail().getProperties()).containsEntry("field", "ids");
                    });
        }
    }

    @Test
    void aMalformedIdAmongGoodOnesIsAnInvalidVideoId() {
        List<String> ids = Arrays.asList(ulid.next(), "not-a-ulid");

        assertThatThrownBy(() -> new CountsRequest(ids).validIds())
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.type()).isEqualTo(ProblemType.INVALID_VIDEO_ID));
    }
}
