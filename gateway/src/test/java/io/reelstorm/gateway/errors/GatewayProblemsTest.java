package io.reelstorm.gateway.errors;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.gateway.upstream.Upstream;
import java.net.ConnectException;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.MethodNotAllowedException;
import org.springframework.web.server.ResponseStatusException;

class GatewayProblemsTest {

    private static final Upstream FEED = new Upstream("feed", "feed-service", "east", "http://127.0.0.1:8182");
    private static final Upstream NOWHERE = new Upstream(Upstream.NONE, Upstream.NONE, Upstream.NONE, Upstream.NONE);

    private final GatewayProblems problems = new GatewayProblems(Duration.ofSeconds(7));

    @Test
    void aRefusedConnectionIsA503NamingTheServiceWithRetryAfter() {
        ApiProblem problem = problems.toProblem(new ConnectException("Connection refused"), HttpMethod.GET, "/api/feed", FEED);

        assertThat(problem.type()).isEqualTo(ProblemType.UPSTREAM_UNAVAILABLE);
        assertThat(problem.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
        assertThat(problem.toProblemDetail().getProperties()).containsEntry("service", "feed-service");
    }

    @Test
    void noInstanceInTheActiveDataCenterIsA503WithRetryAfter() {
        ApiProblem problem = problems.toProblem(NotFoundException.create(false, "Unable to find instance for feed-service"),
                HttpMethod.GET, "/api/feed", FEED);

        assertThat(problem.type()).isEqualTo(ProblemType.UPSTREAM_UNAVAILABLE);
        assertThat(problem.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
    }

    @Test
    void anOpenCircuitBreakerIsAFast503NamingTheServiceWithRetryAfter() {
        CallNotPermittedException open = CallNotPermittedException.createCallNotPermittedException(
                CircuitBreaker.ofDefaults("feed-service-east"));

        ApiProblem problem = problems.toProblem(open, HttpMethod.GET, "/api/feed", FEED);

        assertThat(problem.type()).isEqualTo(ProblemType.UPSTREAM_UNAVAILABLE);
        assertThat(problem.getMessage()).contains("feed-service");
        assertThat(problem.headers().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("7");
    }

    @Test
    void aResponseTimeoutIsA504() {
        ResponseStatusException timeout = new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout",
                new TimeoutException("Response took longer than timeout: PT30S"));

        ApiProblem problem = problems.toProblem(timeout, HttpMethod.GET, "/api/feed", FEED);

        assertThat(problem.type()).isEqualTo(ProblemType.UPSTREAM_TIMEOUT);
        assertThat(problem.getMessage()).contains("feed-service");
    }

    @Test
    void noRouteIsA404NamingWhatWasAskedFor() {
        ApiProblem problem = problems.toProblem(new ResponseStatusException(HttpStatus.NOT_FOUND), HttpMethod.GET, "/nope", NOWHERE);

        assertThat(problem.type()).isEqualTo(ProblemType.NOT_FOUND);
        assertThat(problem.getMessage()).contains("GET /nope");
    }

    @Test
    void aMethodTheFrameworkRejectsIsA405WithAllow() {
        ApiProblem problem = problems.toProblem(new MethodNotAllowedException(HttpMethod.DELETE, Set.of(HttpMethod.GET)),
                HttpMethod.DELETE, "/v3/api-docs", NOWHERE);

        assertThat(problem.type()).isEqualTo(ProblemType.METHOD_NOT_ALLOWED);
        assertThat(problem.headers().getFirst(HttpHeaders.ALLOW)).isEqualTo("GET");
    }

    @Test
    void problemsRaisedAtTheEdgeAreAnsweredAsTheyAre() {
        ApiProblem invalid = new ApiProblem(ProblemType.INVALID_VIDEO_ID, "A video id is a 26-character ULID");

        assertThat(problems.toProblem(invalid, HttpMethod.GET, "/api/videos/x", NOWHERE)).isSameAs(invalid);
    }

    @Test
    void anythingUnexpectedIsAnInternalErrorThatTellsNothingOfTheCause() {
        ApiProblem problem = problems.toProblem(new IllegalStateException("secret internals"), HttpMethod.GET, "/api/feed", FEED);

        assertThat(problem.type()).isEqualTo(ProblemType.INTERNAL);
        assertThat(problem.getMessage()).doesNotContain("secret");
        assertThat(problem.getStackTrace()).isEmpty();
    }
}
