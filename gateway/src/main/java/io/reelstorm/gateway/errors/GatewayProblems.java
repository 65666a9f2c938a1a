package io.reelstorm.gateway.errors;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.gateway.upstream.Upstream;
import io.reelstorm.gateway.upstream.UpstreamFailure;
import java.time.Duration;
import java.util.Optional;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.server.ResponseStatusException;

/** Turns whatever went wrong in the gateway into the problem the client gets. */
public final class GatewayProblems {

    private final Duration retryAfter;

    public GatewayProblems(Duration retryAfter) {
        this.retryAfter = retryAfter;
    }

    /**
     * @param error    what went wrong
     * @param method   the request's method
     * @param path     the request's raw path
     * @param upstream where the request was going, if anywhere
     */
    public ApiProblem toProblem(Throwable error, HttpMethod method, String path, Upstream upstream) {
        if (error instanceof ApiProblem problem) {
            return problem;
        }
        Optional<UpstreamFailure> failure = UpstreamFailure.of(error);
        if (failure.isPresent()) {
            return upstreamProblem(failure.get(), upstream.service());
        }
        if (error instanceof ResponseStatusException statusError) {
            return statusProblem(statusError, method, path);
        }
        return new ApiProblem(ProblemType.INTERNAL, "An unexpected error occurred.");
    }

    private ApiProblem upstreamProblem(UpstreamFailure failure, String service) {
        String name = Upstream.NONE.equals(service) ? "The service" : service;
        ApiProblem problem = switch (failure) {
            case TIMED_OUT -> new ApiProblem(ProblemType.UPSTREAM_TIMEOUT, name + " did not answer in time.");
            case UNREACHABLE -> new ApiProblem(ProblemType.UPSTREAM_UNAVAILABLE, name + " could not be reached; try again shortly.")
                    .retryAfter(retryAfter);
            case NO_INSTANCE -> new ApiProblem(ProblemType.UPSTREAM_UNAVAILABLE,
                    "No instance of " + name + " is available; try again shortly.").retryAfter(retryAfter);
            case CIRCUIT_OPEN -> new ApiProblem(ProblemType.UPSTREAM_UNAVAILABLE,
                    name + " is failing; calls to it are paused for a few seconds.").retryAfter(retryAfter);
        };
        return Upstream.NONE.equals(service) ? problem : problem.with("service", service);
    }

    private ApiProblem statusProblem(ResponseStatusException error, HttpMethod method, String path) {
        int status = error.getStatusCode().value();
        ProblemType type = ProblemType.forStatus(status);
        ApiProblem problem = new ApiProblem(type, switch (type) {
            case NOT_FOUND -> "Nothing is served at " + method.name() + " " + path + ".";
            case METHOD_NOT_ALLOWED -> method.name() + " is not allowed on " + path + ".";
            case INTERNAL -> "An unexpected error occurred.";
            case UPSTREAM_UNAVAILABLE -> "The service is unavailable; try again shortly.";
            default -> "The request was rejected: " + type.title() + ".";
        });
        String allow = error.getHeaders().getFirst(HttpHeaders.ALLOW);
        if (allow != null) {
            problem.header(HttpHeaders.ALLOW, allow);
        }
        return type == ProblemType.UPSTREAM_UNAVAILABLE ? problem.retryAfter(retryAfter) : problem;
    }
}
