package io.reelstorm.gateway.shedding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * Asks the edge Redis whether a client may make one more request. When the edge Redis cannot answer in time the
 * request is let through (fail open: a broken limiter must not take the front door down), counted in
 * {@code reelstorm_gateway_rate_limit_unavailable_total} and logged once per pause, during which the Redis is not
 * asked at all, so that every request stays cheap.
 */
@Component
public class ClientRateLimit {

    private static final Logger log = LoggerFactory.getLogger(ClientRateLimit.class);
    /** The rate limit is per client across every route: one bucket per client. */
    private static final String BUCKET = "edge";
    /** What {@link RedisRateLimiter} reports as tokens left when it could not reach Redis and let the request pass. */
    private static final String UNKNOWN_TOKENS = "-1";

    private final RedisRateLimiter limiter;
    private final RateLimitProperties properties;
    private final Counter unavailable;
    private final AtomicLong pausedUntil = new AtomicLong(System.nanoTime());

    public ClientRateLimit(RedisRateLimiter limiter, RateLimitProperties properties, MeterRegistry meters) {
        this.limiter = limiter;
        this.properties = properties;
        this.unavailable = Counter.builder("reelstorm.gateway.rate.limit.unavailable")
                .description("Requests let through unchecked because the edge Redis could not answer")
                .register(meters);
    }

    /** True when the client may go on. */
    public Mono<Boolean> admit(String clientKey) {
        if (System.nanoTime() - pausedUntil.get() < 0) {
            unavailable.increment();
            return Mono.just(true);
        }
        return limiter.isAllowed(BUCKET, clientKey)
                .timeout(properties.timeout())
                .map(response -> {
                    if (UNKNOWN_TOKENS.equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))) {
                        return failOpen("the edge Redis did not answer");
                    }
                    return response.isAllowed();
                })
                .onErrorResume(error -> Mono.just(failOpen(error.getClass().getSimpleName() + ": " + error.getMessage())));
    }

    private boolean failOpen(String why) {
        unavailable.increment();
        long now = System.nanoTime();
        long until = now + properties.pauseAfterFailure().toNanos();
        long previous = pausedUntil.getAndSet(until);
        if (now - previous >= 0) {
            log.warn("event=rate-limiter-unavailable action=allow pauseMs={} error=\"{}\"",
                    properties.pauseAfterFailure().toMillis(), String.valueOf(why).replace('"', '\''));
        }
        return true;
    }
}
