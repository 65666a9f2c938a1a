package io.reelstorm.common.problem;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;

/**
 * An error a client caused or should know about, answered as RFC 9457 problem details.
 * Services throw it from anywhere below the controller; the problem handler renders it.
 */
public class ApiProblem extends RuntimeException {

    private final ProblemType type;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final HttpHeaders headers = new HttpHeaders();

    public ApiProblem(ProblemType type, String detail) {
        super(detail, null, false, false);
        this.type = type;
    }

    public ApiProblem(ProblemType type, String detail, Throwable cause) {
        super(detail, cause, false, false);
        this.type = type;
    }

    /** Adds an extension member, e.g. the name of the offending field. */
    public ApiProblem with(String name, Object value) {
        properties.put(name, value);
        return this;
    }

    public ApiProblem header(String name, String value) {
        headers.add(name, value);
        return this;
    }

    public ApiProblem retryAfter(Duration delay) {
        return header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, delay.toSeconds())));
    }

    public ProblemType type() {
        return type;
    }

    public HttpHeaders headers() {
        return headers;
    }

    public ProblemDetail toProblemDetail() {
        ProblemDetail problem = Problems.of(type, getMessage());
        properties.forEach(problem::setProperty);
        return problem;
    }
}
