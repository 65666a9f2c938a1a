package io.reelstorm.common.problem;

import io.lettuce.core.RedisException;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Renders every error of a servlet service as {@code application/problem+json} with a stable type
 * and never a stack trace.
 */
@RestControllerAdvice
public class ProblemExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);
    private static final Duration STORE_RETRY_AFTER = Duration.ofSeconds(2);

    @ExceptionHandler(ApiProblem.class)
    ResponseEntity<ProblemDetail> apiProblem(ApiProblem problem) {
        if (problem.type().status().is5xxServerError()) {
            log.warn("event=problem type={} detail=\"{}\"", problem.type().slug(), problem.getMessage(), problem.getCause());
        }
        return respond(problem.toProblemDetail(), problem.headers());
    }

    @ExceptionHandler(RedisException.class)
    ResponseEntity<ProblemDetail> storeUnavailable(RedisException e) {
        log.warn("event=store-unavailable store=redis error=\"{}\"", e.getMessage());
        return apiProblem(new ApiProblem(ProblemType.STORE_UNAVAILABLE, "A data store did not answer; try again shortly.", e)
                .retryAfter(STORE_RETRY_AFTER));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception e) {
        log.error("event=unexpected-error", e);
        return respond(Problems.of(ProblemType.INTERNAL, "An unexpected error occurred."), HttpHeaders.EMPTY);
    }

    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
                                                             HttpStatusCode statusCode, WebRequest request) {
        ResponseEntity<Object> response = super.handleExceptionInternal(ex, body, headers, statusCode, request);
        if (response != null && response.getBody() instanceof ProblemDetail problem) {
            Problems.withStableType(problem);
        }
        return response;
    }

    private static ResponseEntity<ProblemDetail> respond(ProblemDetail problem, HttpHeaders headers) {
        return ResponseEntity.status(problem.getStatus())
                .headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
