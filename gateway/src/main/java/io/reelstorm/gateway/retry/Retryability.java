package io.reelstorm.gateway.retry;

import io.reelstorm.common.web.Headers;
import java.util.Set;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatusCode;

/**
 * Which calls {@code safe-retries} may send again, and after which failures. Reads ({@code GET}, {@code HEAD}) always;
 * a {@code POST} only when the client made it idempotent ({@code Idempotency-Key} or {@code View-Id}) and its body is
 * small enough to be held for a replay (a declared {@code Content-Length} up to the limit; a chunked body of unknown
 * size is never held). {@code DELETE} and everything else never. Failures worth a retry are the ones another
 * instance may not have: no connection or a broken one, no answer in time, and 502/503/504.
 */
public final class Retryability {

    private static final Set<Integer> RETRIED_STATUSES = Set.of(502, 503, 504);

    private Retryability() {
    }

    /** How a request can be retried. */
    public enum Kind {
        /** Never sent again. */
        NOT_RETRYABLE,
        /** No body: it can be sent again as it is. */
        WITHOUT_BODY,
        /** A small body that is held in memory so that every attempt sends it. */
        REPLAYABLE_BODY
    }

    public static Kind of(HttpMethod method, HttpHeaders headers, long maxReplayableBody) {
        boolean chunked = headers.getFirst(HttpHeaders.TRANSFER_ENCODING) != null;
        long length = headers.getContentLength();
        boolean withoutBody = !chunked && length <= 0;
        if (HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method)) {
            return withoutBody ? Kind.WITHOUT_BODY : Kind.NOT_RETRYABLE;
        }
        if (!HttpMethod.POST.equals(method) || !idempotent(headers)) {
            return Kind.NOT_RETRYABLE;
        }
        if (withoutBody) {
            return Kind.WITHOUT_BODY;
        }
        return !chunked && length <= maxReplayableBody ? Kind.REPLAYABLE_BODY : Kind.NOT_RETRYABLE;
    }

    /** Whether an attempt that ended so is worth another one. */
    public static boolean worthRetrying(AttemptOutcome outcome, HttpStatusCode status) {
        return switch (outcome) {
            case CONNECTION_FAILED, TIMED_OUT -> true;
            case SERVER_ERROR -> status != null && RETRIED_STATUSES.contains(status.value());
            case ANSWERED, NOT_SENT -> false;
        };
    }

    private static boolean idempotent(HttpHeaders headers) {
        return hasValue(headers.getFirst(Headers.IDEMPOTENCY_KEY)) || hasValue(headers.getFirst(Headers.VIEW_ID));
    }

    private static boolean hasValue(String header) {
        return header != null && !header.isBlank();
    }
}
