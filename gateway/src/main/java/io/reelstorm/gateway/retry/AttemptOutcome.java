package io.reelstorm.gateway.retry;

import io.reelstorm.gateway.upstream.UpstreamFailure;
import org.springframework.http.HttpStatusCode;

/** How one attempt to reach a service ended. */
public enum AttemptOutcome {
    /** The service answered with anything but a 5xx. */
    ANSWERED,
    /** The service answered with a 5xx. */
    SERVER_ERROR,
    /** No connection, or it broke. */
    CONNECTION_FAILED,
    /** No answer within the response timeout. */
    TIMED_OUT,
    /** Failed before reaching any service, e.g. no instance to call or an open circuit breaker. */
    NOT_SENT;

    public static AttemptOutcome of(HttpStatusCode status) {
        return status != null && status.is5xxServerError() ? SERVER_ERROR : ANSWERED;
    }

    public static AttemptOutcome of(Throwable error) {
        return UpstreamFailure.of(error).map(failure -> switch (failure) {
            case TIMED_OUT -> TIMED_OUT;
            case UNREACHABLE -> CONNECTION_FAILED;
            case NO_INSTANCE, CIRCUIT_OPEN -> NOT_SENT;
        }).orElse(NOT_SENT);
    }
}
