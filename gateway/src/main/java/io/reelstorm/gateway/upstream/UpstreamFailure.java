package io.reelstorm.gateway.upstream;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import java.io.IOException;
import java.util.Optional;
import org.springframework.cloud.gateway.support.NotFoundException;
import reactor.netty.channel.AbortedException;

/** Why a call to a service failed, when it was the service (or the way to it) that failed. */
public enum UpstreamFailure {
    /** The service accepted the call but did not answer within the response timeout. */
    TIMED_OUT,
    /**
     * No connection (refused, connect timeout) or the connection broke. Reactor Netty reports a connection that closed
     * before the request was written as an {@link AbortedException}, which is no {@link IOException}: a service killed
     * mid-call (a data center's power loss) fails a call that way.
     */
    UNREACHABLE,
    /** The load balancer has no instance of the service in the active data center. */
    NO_INSTANCE,
    /** Every circuit breaker the call could go through is open: it was not sent. */
    CIRCUIT_OPEN;

    private static final int MAX_CAUSE_DEPTH = 10;

    /** Looks through the causes, since the gateway wraps what the network client reports. */
    public static Optional<UpstreamFailure> of(Throwable error) {
        Throwable current = error;
        for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
            if (current instanceof CallNotPermittedException) {
                return Optional.of(CIRCUIT_OPEN);
            }
            if (current instanceof NotFoundException) {
                return Optional.of(NO_INSTANCE);
            }
            if (current instanceof java.util.concurrent.TimeoutException
                    || current instanceof org.springframework.cloud.gateway.support.TimeoutException
                    || current instanceof io.netty.handler.timeout.TimeoutException) {
                return Optional.of(TIMED_OUT);
            }
            if (current instanceof IOException || current instanceof AbortedException) {
                return Optional.of(UNREACHABLE);
            }
            current = current.getCause();
        }
        return Optional.empty();
    }
}
