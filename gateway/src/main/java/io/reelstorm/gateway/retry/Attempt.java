package io.reelstorm.gateway.retry;

import io.reelstorm.gateway.upstream.ErrorAnswer;
import java.net.ConnectException;
import org.springframework.http.HttpStatusCode;
import reactor.core.publisher.Mono;

/**
 * How one attempt ended.
 *
 * @param outcome what kind of ending it was
 * @param status  the status the service answered, if it answered
 * @param error   what went wrong, if the attempt failed without an answer
 */
record Attempt(AttemptOutcome outcome, HttpStatusCode status, Throwable error) {

    static Attempt answered(HttpStatusCode status) {
        return new Attempt(AttemptOutcome.of(status), status, null);
    }

    static Attempt failed(Throwable error) {
        return new Attempt(AttemptOutcome.of(error), null, error);
    }

    /** Ends the call with this attempt: its answer passes through, or its error becomes the client's problem. */
    Mono<Void> end() {
        return error == null ? Mono.empty() : Mono.error(error);
    }

    /**
     * Whether the request may have reached the service, so a write may have been applied: anything but a call that
     * was never sent or whose connection was never made (refused or timed out while connecting; Netty's
     * {@code AnnotatedConnectException} and {@code ConnectTimeoutException} are both {@link ConnectException}s).
     */
    boolean mayHaveReachedService() {
        return switch (outcome) {
            case NOT_SENT -> false;
            case CONNECTION_FAILED -> !neverConnected(error);
            case ANSWERED, SERVER_ERROR, TIMED_OUT -> true;
        };
    }

    private static boolean neverConnected(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }

    /** The failure as a throwable, for Resilience4j's accounting. */
    Throwable failure() {
        return error != null ? error : new ErrorAnswer(status);
    }
}
