package io.reelstorm.gateway.validation;

import io.reelstorm.common.ids.Ids;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.gateway.routing.ContractRoutes;
import io.reelstorm.gateway.routing.RouteMatch;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;

/**
 * What the gateway checks before routing: no traversal, a method the contract allows, well-formed ids.
 * The services validate again; this keeps bad input away from them.
 */
public final class EdgeValidation {

    private EdgeValidation() {
    }

    /** Throws the {@link ApiProblem} the client gets, or returns when the request may be routed. */
    public static void check(HttpMethod method, String rawPath) {
        check(method, rawPath, ContractRoutes.match(method, PathContainer.parsePath(rawPath)));
    }

    /** As {@link #check(HttpMethod, String)}, with the contract match already known. */
    public static void check(HttpMethod method, String rawPath, RouteMatch match) {
        if (PathTraversal.isSuspicious(rawPath)) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST,
                    "The path contains dot segments, encoded separators or control characters.").with("field", "path");
        }
        switch (match) {
            case RouteMatch.Unknown unknown -> {
            }
            case RouteMatch.MethodNotAllowed notAllowed -> {
                String allow = notAllowed.allowed().stream().map(HttpMethod::name).collect(Collectors.joining(", "));
                throw new ApiProblem(ProblemType.METHOD_NOT_ALLOWED, method.name() + " is not allowed here; allowed: " + allow + ".")
                        .header(HttpHeaders.ALLOW, allow);
            }
            case RouteMatch.Matched matched -> matched.variables().forEach((name, value) -> {
                switch (name) {
                    case "id" -> Ids.videoId(value);
                    case "creatorId" -> Ids.creatorId(value, "creatorId");
                    default -> throw new IllegalStateException("No validation for path variable " + name);
                }
            });
        }
    }
}
