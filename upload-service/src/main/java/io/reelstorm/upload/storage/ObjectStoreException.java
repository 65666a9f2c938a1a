package io.reelstorm.upload.storage;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The object store failed or could not be reached; never caused by the client's input. It answers as
 * a 503 problem; what went wrong is in the cause, for the logs.
 */
public class ObjectStoreException extends ApiProblem {

    private static final Duration RETRY_AFTER = Duration.ofSeconds(2);

    public ObjectStoreException(String what, Throwable cause) {
        super(ProblemType.STORE_UNAVAILABLE, "The object store did not answer; try again shortly.",
                new StoreFailure(what + ": " + describe(cause), cause));
        retryAfter(RETRY_AFTER);
    }

    /** The failure the store reported, e.g. an S3 error response or a timeout. */
    public Throwable storeFailure() {
        return getCause().getCause();
    }

    static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof CompletionException || current instanceof ExecutionException) && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static String describe(Throwable cause) {
        return cause == null ? "unknown" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
    }

    /** Carries what we were doing when the store failed into the logs. */
    private static final class StoreFailure extends RuntimeException {
        StoreFailure(String message, Throwable cause) {
            super(message, cause, false, false);
        }
    }
}
