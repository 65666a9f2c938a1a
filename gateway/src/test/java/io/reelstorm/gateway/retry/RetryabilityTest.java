package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.retry.Retryability.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

class RetryabilityTest {

    private static final long ONE_MB = 1024 * 1024;

    @Test
    void readsAreAlwaysRetryable() {
        assertThat(Retryability.of(HttpMethod.GET, new HttpHeaders(), ONE_MB)).isEqualTo(Kind.WITHOUT_BODY);
        assertThat(Retryability.of(HttpMethod.HEAD, new HttpHeaders(), ONE_MB)).isEqualTo(Kind.WITHOUT_BODY);
    }

    @Test
    void aPostWithoutAClientKeyIsNeverRetried() {
        assertThat(Retryability.of(HttpMethod.POST, headers("Content-Length", "10"), ONE_MB)).isEqualTo(Kind.NOT_RETRYABLE);
        assertThat(Retryability.of(HttpMethod.POST, new HttpHeaders(), ONE_MB)).isEqualTo(Kind.NOT_RETRYABLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Idempotency-Key", "View-Id"})
    void aPostWithAClientKeyAndNoBodyIsRetriedAsItIs(String key) {
        assertThat(Retryability.of(HttpMethod.POST, headers(key, "k-1"), ONE_MB)).isEqualTo(Kind.WITHOUT_BODY);
        assertThat(Retryability.of(HttpMethod.POST, headers(key, "k-1", "Content-Length", "0"), ONE_MB)).isEqualTo(Kind.WITHOUT_BODY);
    }

    @Test
    void aPostWithAClientKeyAndASmallBodyIsRetriedWithItsBodyHeld() {
        HttpHeaders headers = headers("Idempotency-Key", "upload-1", "Content-Length", String.valueOf(ONE_MB));

        assertThat(Retryability.of(HttpMethod.POST, headers, ONE_MB)).isEqualTo(Kind.REPLAYABLE_BODY);
    }

    @Test
    void aBodyOverTheLimitOrOfUnknownSizeIsNeverHeldSoItsPostIsNotRetried() {
        HttpHeaders big = headers("Idempotency-Key", "upload-1", "Content-Length", String.valueOf(ONE_MB + 1));
        HttpHeaders chunked = headers("Idempotency-Key", "upload-1", "Transfer-Encoding", "chunked");

        assertThat(Retryability.of(HttpMethod.POST, big, ONE_MB)).isEqualTo(Kind.NOT_RETRYABLE);
        assertThat(Retryability.of(HttpMethod.POST, chunked, ONE_MB)).isEqualTo(Kind.NOT_RETRYABLE);
    }

    @Test
    void aBlankClientKeyDoesNotCount() {
        assertThat(Retryability.of(HttpMethod.POST, headers("View-Id", " "), ONE_MB)).isEqualTo(Kind.NOT_RETRYABLE);
    }

    @Test
    void deletesAreNeverRetriedEvenWithAKey() {
        assertThat(Retryability.of(HttpMethod.DELETE, headers("Idempotency-Key", "d-1"), ONE_MB)).isEqualTo(Kind.NOT_RETRYABLE);
    }

    @Test
    void brokenConnectionsTimeoutsAndGatewayErrorsAreWorthARetry() {
        assertThat(Retryability.worthRetrying(AttemptOutcome.CONNECTION_FAILED, null)).isTrue();
        assertThat(Retryability.worthRetrying(AttemptOutcome.TIMED_OUT, null)).isTrue();
        for (HttpStatus status : new HttpStatus[] {HttpStatus.BAD_GATEWAY, HttpStatus.SERVICE_UNAVAILABLE, HttpStatus.GATEWAY_TIMEOUT}) {
            assertThat(Retryability.worthRetrying(AttemptOutcome.SERVER_ERROR, status)).as(status.toString()).isTrue();
        }
    }

    @Test
    void anInternalErrorAnAnswerOrACallNeverSentAreNot() {
        assertThat(Retryability.worthRetrying(AttemptOutcome.SERVER_ERROR, HttpStatus.INTERNAL_SERVER_ERROR)).isFalse();
        assertThat(Retryability.worthRetrying(AttemptOutcome.ANSWERED, HttpStatus.NOT_FOUND)).isFalse();
        assertThat(Retryability.worthRetrying(AttemptOutcome.NOT_SENT, null)).isFalse();
    }

    private static HttpHeaders headers(String... namesAndValues) {
        HttpHeaders headers = new HttpHeaders();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            headers.add(namesAndValues[i], namesAndValues[i + 1]);
        }
        return headers;
    }
}
