package io.reelstorm.gateway.shedding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.gateway.accesslog.ClientKey;
import io.reelstorm.gateway.errors.ProblemErrorHandler;
import io.reelstorm.gateway.routing.ContractRoutes;
import io.reelstorm.gateway.routing.RouteMatch;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The {@code load-shedding} fix, read for every request: a request whose service already has as many requests in
 * flight as it may gets {@code 503} of type {@code overloaded}, a client over its rate limit gets {@code 429}, both
 * with {@code Retry-After} and at once, before any service is called. A request holds its place until its answer has been written; how long that
 * took feeds the service's adaptive limit ({@link ConcurrencyLimits}). Counted in
 * {@code reelstorm_gateway_shed_total{reason=rate-limit|concurrency-limit}}.
 */
@Component
public class LoadSheddingFilter implements WebFilter, Ordered {

    private final FixSwitches switches;
    private final ClientRateLimit rateLimit;
    private final ConcurrencyLimits concurrency;
    private final RateLimitProperties rateLimitProperties;
    private final LoadSheddingProperties properties;
    private final MeterRegistry meters;

    public LoadSheddingFilter(FixSwitches switches, ClientRateLimit rateLimit, ConcurrencyLimits concurrency,
                              RateLimitProperties rateLimitProperties, LoadSheddingProperties properties, MeterRegistry meters) {
        this.switches = switches;
        this.rateLimit = rateLimit;
        this.concurrency = concurrency;
        this.rateLimitProperties = rateLimitProperties;
        this.properties = properties;
        this.meters = meters;
    }

    /** After edge validation: a malformed request is refused for what it is, and costs no token. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 3;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!switches.isOn(Fix.LOAD_SHEDDING)) {
            return chain.filter(exchange);
        }
        if (!(ContractRoutes.match(exchange) instanceof RouteMatch.Matched matched)) {
            return chain.filter(exchange);
        }
        String service = matched.route().service();
        // The concurrency limit first: it is a counter, while the rate limit asks the edge Redis, and during a surge
        // most refusals are for a full service, which then cost no round trip.
        if (!concurrency.tryAcquire(service)) {
            shed(exchange, service, "concurrency-limit");
            return Mono.error(new ApiProblem(ProblemType.OVERLOADED,
                    service + " is at its limit of requests in flight; try again shortly.")
                    .with("service", service).retryAfter(properties.retryAfter()));
        }
        AtomicLong started = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        // The service's latency is its time to answer; a streamed body's transfer time is the client's bandwidth.
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(() -> answered.compareAndSet(0, System.nanoTime())));
        return rateLimit.admit(ClientKey.of(exchange.getRequest())).flatMap(admitted -> {
            if (!admitted) {
                shed(exchange, service, "rate-limit");
                return Mono.error(new ApiProblem(ProblemType.TOO_MANY_REQUESTS, "Too many requests from this client; slow down.")
                        .retryAfter(rateLimitProperties.retryAfter()));
            }
            started.set(System.nanoTime());
            return chain.filter(exchange);
        }).doFinally(signal -> {
            if (started.get() == 0) {
                concurrency.giveBack(service);
                return;
            }
            long ended = answered.get() != 0 ? answered.get() : System.nanoTime();
            concurrency.release(service, Duration.ofNanos(ended - started.get()));
        });
    }

    private void shed(ServerWebExchange exchange, String service, String reason) {
        ProblemErrorHandler.expected(exchange);
        Counter.builder("reelstorm.gateway.shed")
                .description("Requests refused by load shedding before reaching a service")
                .tags("upstream.service", service, "reason", reason)
                .register(meters)
                .increment();
    }
}
