package io.reelstorm.gateway.upstream;

import org.springframework.http.HttpStatusCode;

/**
 * A service answered with a 5xx. Not thrown at the client (the answer passes through as it is): it stands for the
 * failed call where Resilience4j wants a throwable, in circuit-breaker and retry accounting.
 */
public final class ErrorAnswer extends RuntimeException {

    private final transient HttpStatusCode status;

    public ErrorAnswer(HttpStatusCode status) {
        super("answered " + status.value(), null, false, false);
        this.status = status;
    }

    public HttpStatusCode status() {
        return status;
    }
}
