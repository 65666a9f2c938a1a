package io.reelstorm.gateway.retry;

import io.reelstorm.gateway.upstream.ErrorAnswer;
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

    /** The failure as a throwable, for Resilience4j's accounting. */
    Throwable failure() {
        return error != null ? error : new ErrorAnswer(status);
    }
}
