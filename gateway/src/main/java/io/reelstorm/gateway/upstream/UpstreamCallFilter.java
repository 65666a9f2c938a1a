package io.reelstorm.gateway.upstream;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.breakers.ResilientTimeouts;
import io.reelstorm.gateway.health.InstanceHealthRegistry;
import io.reelstorm.gateway.loadbalancing.ConfiguredInstances;
import io.reelstorm.gateway.loadbalancing.RoutingContext;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.cloud.gateway.filter.ReactiveLoadBalancerClientFilter;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Wraps one call to the instance the load balancer chose: applies the response timeout (the naive one, or with
 * {@code circuit-breakers} the short one of the route), reports the outcome to the circuit breaker whose permission
 * the load balancer took, and ejects an instance that cannot be connected to. The timeout counts to the first byte
 * of the answer; the body then streams. Routes carry no timeout of their own: this is the only one.
 */
@Component
public class UpstreamCallFilter implements GlobalFilter, Ordered {

    private final GatewayProperties properties;
    private final ResilientTimeouts resilientTimeouts;
    private final FixSwitches switches;
    private final InstanceHealthRegistry health;

    public UpstreamCallFilter(GatewayProperties properties, ResilientTimeouts resilientTimeouts, FixSwitches switches,
                              InstanceHealthRegistry health) {
        this.properties = properties;
        this.resilientTimeouts = resilientTimeouts;
        this.switches = switches;
        this.health = health;
    }

    /** Names the instance that answered (the last one tried), so clients and load tests can tell which DC served them. */
    public static final String UPSTREAM_INSTANCE = "X-Upstream-Instance";

    /** Right after the load balancer: it knows the instance, and the call has not been sent. */
    @Override
    public int getOrder() {
        return ReactiveLoadBalancerClientFilter.LOAD_BALANCER_CLIENT_FILTER_ORDER + 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        if (!(exchange.getAttribute(GATEWAY_LOADBALANCER_RESPONSE_ATTR) instanceof Response<?> chosen && chosen.hasServer()
                && chosen.getServer() instanceof ServiceInstance instance)
                || !(exchange.getAttribute(GATEWAY_ROUTE_ATTR) instanceof Route route)) {
            return chain.filter(exchange);
        }
        exchange.getResponse().getHeaders().set(UPSTREAM_INSTANCE, ConfiguredInstances.idOf(instance));
        Duration timeout = timeout(route);
        Optional<CircuitBreaker> permit = RoutingContext.of(exchange).flatMap(RoutingContext::takePermit);
        long start = System.nanoTime();
        return chain.filter(exchange)
                .timeout(timeout)
                .doOnSuccess(ignored -> permit.ifPresent(breaker -> answered(breaker, start, exchange.getResponse().getStatusCode())))
                .doOnError(error -> {
                    permit.ifPresent(breaker -> breaker.onError(System.nanoTime() - start, TimeUnit.NANOSECONDS, error));
                    if (UpstreamFailure.of(error).orElse(null) == UpstreamFailure.UNREACHABLE) {
                        health.ejectUnreachable(ConfiguredInstances.idOf(instance), String.valueOf(error.getMessage()).replace('"', '\''));
                    }
                })
                .doOnCancel(() -> permit.ifPresent(CircuitBreaker::releasePermission));
    }

    private Duration timeout(Route route) {
        if (!switches.isOn(Fix.CIRCUIT_BREAKERS)) {
            return properties.responseTimeout(route.getUri().getHost());
        }
        return resilientTimeouts.forRoute(route.getId(), properties.apiDocs().timeout());
    }

    private static void answered(CircuitBreaker breaker, long start, HttpStatusCode status) {
        long took = System.nanoTime() - start;
        if (status != null && status.is5xxServerError()) {
            breaker.onError(took, TimeUnit.NANOSECONDS, new ErrorAnswer(status));
        } else {
            breaker.onSuccess(took, TimeUnit.NANOSECONDS);
        }
    }
}
