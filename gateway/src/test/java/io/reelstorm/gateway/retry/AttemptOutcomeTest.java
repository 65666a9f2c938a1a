package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.netty.channel.ConnectTimeoutException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.springframework.cloud.gateway.support.TimeoutException;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

class AttemptOutcomeTest {

    @Test
    void only5xxAnswersCountAsServerErrors() {
        assertThat(AttemptOutcome.of(HttpStatus.INTERNAL_SERVER_ERROR)).isEqualTo(AttemptOutcome.SERVER_ERROR);
        assertThat(AttemptOutcome.of(HttpStatus.SERVICE_UNAVAILABLE)).isEqualTo(AttemptOutcome.SERVER_ERROR);
        assertThat(AttemptOutcome.of(HttpStatus.NOT_FOUND)).isEqualTo(AttemptOutcome.ANSWERED);
        assertThat(AttemptOutcome.of(HttpStatus.OK)).isEqualTo(AttemptOutcome.ANSWERED);
    }

    @Test
    void refusedAndTimedOutConnectionsAreConnectionFailures() {
        assertThat(AttemptOutcome.of(new ConnectException("Connection refused"))).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
        assertThat(AttemptOutcome.of(new ConnectTimeoutException("connection timed out"))).isEqualTo(AttemptOutcome.CONNECTION_FAILED);
    }

    @Test
    void theGatewaysResponseTimeoutIsATimeoutThoughItIsWrappedInA504() {
        ResponseStatusException wrapped = new ResponseStatusException(HttpStatus.GATEWAY_TIMEOUT, "Response took longer than timeout",
                new TimeoutException("Response took longer than timeout: PT1S"));

        assertThat(AttemptOutcome.of(wrapped)).isEqualTo(AttemptOutcome.TIMED_OUT);
    }

    @Test
    void noInstanceToCallOrAnOpenBreakerMeansTheCallWasNeverSent() {
        assertThat(AttemptOutcome.of(NotFoundException.create(false, "Unable to find instance for feed-service")))
                .isEqualTo(AttemptOutcome.NOT_SENT);
        assertThat(AttemptOutcome.of(new IllegalStateException("bug"))).isEqualTo(AttemptOutcome.NOT_SENT);
        assertThat(AttemptOutcome.of(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("feed-service-east"))))
                .isEqualTo(AttemptOutcome.NOT_SENT);
    }
}
