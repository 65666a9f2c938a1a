package io.reelstorm.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;

class EdgeValidationTest {

    private static final String VIDEO = "01ARZ3NDEKTSV4RRFFQ69G5FAV";

    @Test
    void contractCallsWithWellFormedIdsPass() {
        assertThatCode(() -> {
            EdgeValidation.check(HttpMethod.GET, "/api/videos/" + VIDEO);
            EdgeValidation.check(HttpMethod.HEAD, "/api/videos/" + VIDEO + "/content");
            EdgeValidation.check(HttpMethod.DELETE, "/api/videos/" + VIDEO);
            EdgeValidation.check(HttpMethod.POST, "/api/videos/" + VIDEO + "/views");
            EdgeValidation.check(HttpMethod.GET, "/api/videos/" + VIDEO.toLowerCase() + "/stats");
            EdgeValidation.check(HttpMethod.POST, "/api/videos");
            EdgeValidation.check(HttpMethod.GET, "/api/feed");
            EdgeValidation.check(HttpMethod.GET, "/api/creators/some_creator/videos");
        }).doesNotThrowAnyException();
    }

    @Test
    void aVideoIdThatIsNotAUlidIsRejected() {
        assertProblem(HttpMethod.GET, "/api/videos/not-a-ulid", ProblemType.INVALID_VIDEO_ID);
        assertProblem(HttpMethod.GET, "/api/videos/" + VIDEO + "X/content", ProblemType.INVALID_VIDEO_ID);
        assertProblem(HttpMethod.POST, "/api/videos/8ZZZZZZZZZZZZZZZZZZZZZZZZZ/views", ProblemType.INVALID_VIDEO_ID);
        assertProblem(HttpMethod.GET, "/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAU%20/stats", ProblemType.INVALID_VIDEO_ID);
    }

    @Test
    void aMalformedCreatorIdIsRejected() {
        assertProblem(HttpMethod.GET, "/api/creators/AB/videos", ProblemType.INVALID_CREATOR_ID);
        assertProblem(HttpMethod.GET, "/api/creators/" + "a".repeat(33) + "/videos", ProblemType.INVALID_CREATOR_ID);
        assertProblem(HttpMethod.GET, "/api/creators/Upper_Case/videos", ProblemType.INVALID_CREATOR_ID);
    }

    @Test
    void traversalIsRejectedBeforeAnythingElse() {
        assertProblem(HttpMethod.GET, "/api/videos/..%2F..%2Fetc%2Fpasswd", ProblemType.INVALID_REQUEST);
        assertProblem(HttpMethod.PUT, "/api/videos/%2e%2e/x", ProblemType.INVALID_REQUEST);
    }

    @Test
    void aMethodTheContractDoesNotAllowIsRejectedNamingTheAllowedOnes() {
        assertThatThrownBy(() -> EdgeValidation.check(HttpMethod.PUT, "/api/videos/" + VIDEO))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> {
                    assertThat(problem.type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
                    assertThat(problem.headers().getFirst(HttpHeaders.ALLOW))
                            .isEqualTo("DELETE, GET, HEAD");
                });
        assertProblem(HttpMethod.GET, "/api/videos", ProblemType.METHOD_NOT_ALLOWED);
        assertProblem(HttpMethod.DELETE, "/api/feed", ProblemType.METHOD_NOT_ALLOWED);
    }

    @Test
    void pathsOutsideTheContractAreLeftToRouting() {
        assertThatCode(() -> {
            EdgeValidation.check(HttpMethod.GET, "/actuator/health");
            EdgeValidation.check(HttpMethod.GET, "/v3/api-docs/feed-service");
            EdgeValidation.check(HttpMethod.GET, "/api/videos/" + VIDEO + "/");
        }).doesNotThrowAnyException();
    }

    private static void assertProblem(HttpMethod method, String path, ProblemType expected) {
        assertThatThrownBy(() -> EdgeValidation.check(method, path))
                .isInstanceOfSatisfying(ApiProblem.class,
                        problem -> assertThat(problem.type()).isEqualTo(expected));
    }
}
