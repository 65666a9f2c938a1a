package io.reelstorm.gateway.retry;

import org.springframework.http.HttpMethod;

/** Decides whether the gateway tries a call to a service once more. */
public interface RetryPolicy {

    /**
     * @param method   the request's method
     * @param attempts how many attempts were made so far (1 after the first)
     * @param outcome  how the last one ended
     */
    boolean shouldRetry(HttpMethod method, int attempts, AttemptOutcome outcome);
}
