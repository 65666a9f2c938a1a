package io.reelstorm.gateway.upstream;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.net.ConnectException;
import org.springframework.cloud.gateway.support.NotFoundException;
import org.junit.jupiter.api.Test;
import reactor.netty.channel.AbortedException;

class UpstreamFailureTest {

    @Test
    void aConnectionThatClosedBeforeTheRequestWasSentIsAnUnreachableServiceNotAnUnexpectedError() {
        // what a call to a service that was killed mid-call ends with (east's power loss in winter-storm)
        assertThat(UpstreamFailure.of(AbortedException.beforeSend())).contains(UpstreamFailure.UNREACHABLE);
    }

    @Test
    void refusedAndBrokenConnectionsAreUnreachableWhereverTheyAreWrapped() {
        assertThat(UpstreamFailure.of(new ConnectException("Connection refused"))).contains(UpstreamFailure.UNREACHABLE);
        assertThat(UpstreamFailure.of(new IllegalStateException("wrapped", new java.io.EOFException("Connection prematurely closed BEFORE response"))))
                .contains(UpstreamFailure.UNREACHABLE);
    }

    @Test
    void timeoutsNoInstanceAndOpenBreakersAreToldApart() {
        assertThat(UpstreamFailure.of(new java.util.concurrent.TimeoutException())).contains(UpstreamFailure.TIMED_OUT);
        assertThat(UpstreamFailure.of(NotFoundException.create(true, "no instance"))).contains(UpstreamFailure.NO_INSTANCE);
        assertThat(UpstreamFailure.of(CallNotPermittedException.createCallNotPermittedException(CircuitBreaker.ofDefaults("east"))))
                .contains(UpstreamFailure.CIRCUIT_OPEN);
    }

    @Test
    void aFaultOfTheGatewayItselfIsNoUpstreamFailure() {
        assertThat(UpstreamFailure.of(new IllegalArgumentException("bug"))).isEmpty();
    }
}
