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

    /**
     * Whether the service got the request and is alive in its data center: it answered with a 5xx, or did not answer
     * in time. A write that ended so may have been applied there, and its data center can still take the retry. A
     * connection that could not be made or broke looks like a dark data center or a broken link instead, where only
     * the other data center can help (a view applied before the break is settled by replication, see
     * {@code ViewIdMarks} in metrics-service).
     */
    boolean reachedALiveService() {
        return outcome == AttemptOutcome.SERVER_ERROR || outcome == AttemptOutcome.TIMED_OUT;
    }

    /** The failure as a throwable, for Resilience4j's accounting. */
    Throwable failure() {
        return error != null ? error : new ErrorAnswer(status);
    }
}
