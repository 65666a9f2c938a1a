package io.reelstorm.gateway.workers;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.routing.ContractRoutes;
import io.reelstorm.gateway.routing.RouteMatch;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway serves at most {@code reelstorm.gateway.workers.size} API requests at a time, across all services; the
 * rest wait in line. Every real server has such a ceiling (worker threads, connections, memory), and it is shared:
 * requests that wait on one slow service hold places that every other route needs, which is how one slow instance
 * becomes everybody's outage. The {@code load-shedding} fix runs first and caps each service below this ceiling, and
 * {@code circuit-breakers} keeps slow calls short, so that no single service can fill it.
 *
 * <p>A place is held until the service behind has answered (or the gateway's timeout for the route has ended the
 * call), even when the client has given up meanwhile: a thread-per-request server's worker, blocked on its upstream
 * call, does not notice that its client left. Only the API is counted: the gateway's own endpoints (health, metrics, the control surface) stay reachable.
 * Metrics: {@code reelstorm_gateway_workers_busy}, {@code reelstorm_gateway_workers_waiting}.
 */
@Component
public class WorkerPoolFilter implements WebFilter, Ordered {

    private final WorkerPool pool;
    private final GatewayProperties gateway;
    private final Counter refused;

    public WorkerPoolFilter(WorkerPoolProperties properties, GatewayProperties gateway, MeterRegistry meters) {
        this.pool = new WorkerPool(properties.size(), properties.maxWaiting());
        this.gateway = gateway;
        Gauge.builder("reelstorm.gateway.workers.busy", pool, WorkerPool::busy)
                .description("API requests the gateway is serving").register(meters);
        Gauge.builder("reelstorm.gateway.workers.waiting", pool, WorkerPool::waiting)
                .description("API requests waiting for a place").register(meters);
        this.refused = Counter.builder("reelstorm.gateway.workers.refused")
                .description("API requests refused because the line was full").register(meters);
    }

    /** Right after load shedding: a request that shedding refuses never takes a place. */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 4;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!(ContractRoutes.match(exchange) instanceof RouteMatch.Matched)) {
            return chain.filter(exchange);
        }
        AtomicBoolean held = new AtomicBoolean();
        AtomicBoolean started = new AtomicBoolean();
        return pool.acquire(held)
                .flatMap(granted -> {
                    if (!granted) {
                        refused.increment();
                        return Mono.<Void>error(new ApiProblem(ProblemType.UPSTREAM_UNAVAILABLE,
                                "The gateway is at capacity; try again shortly.").retryAfter(gateway.retryAfter()));
                    }
                    started.set(true);
                    // Detached from the client, as a worker thread blocked on its upstream call would be: a client
                    // that gives up does not free the place before the service has answered or the gateway's own
                    // timeout has ended the call.
                    CompletableFuture<Void> served = chain.filter(exchange)
                            .doFinally(signal -> pool.release(held))
                            .toFuture();
                    return Mono.fromFuture(served, true);
                })
                // Gave up while in line, or just as its place was granted.
                .doFinally(signal -> {
                    if (!started.get()) {
                        pool.release(held);
                    }
                });
    }
}
