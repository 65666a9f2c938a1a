package io.reelstorm.gateway.retry;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.gateway.loadbalancing.RoutingContext;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.RouteToRequestUrlFilter;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Retries a routed call: with {@code safe-retries} on as {@link BudgetedRetries} does, otherwise as the naive
 * {@link RetryPolicy} says, at once. The switch is read for every request. Unlike Spring Cloud Gateway's own retry
 * filter it never caches an upload (uploads must stream through): the naive retries skip any request with a body,
 * and safe retries hold only small bodies of idempotent POSTs.
 */
@Component
public class RetryFilter implements GatewayFilter, Ordered {

    /** Exchange attribute: how many attempts the call took. */
    public static final String ATTEMPTS = RetryFilter.class.getName() + ".attempts";

    private final RetryPolicy naive;
    private final BudgetedRetries safe;
    private final FixSwitches switches;

    public RetryFilter(RetryPolicy naive, BudgetedRetries safe, FixSwitches switches) {
        this.naive = naive;
        this.safe = safe;
        this.switches = switches;
    }

    /**
     * Inside the filter that writes the response, so only the last attempt's answer reaches the client; and
     * around URL resolution and load balancing, so every attempt picks an instance anew.
     */
    @Override
    public int getOrder() {
        return RouteToRequestUrlFilter.ROUTE_TO_URL_FILTER_ORDER - 1;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        RoutingContext.start(exchange);
        return switches.isOn(Fix.SAFE_RETRIES) ? safe.forward(exchange, chain) : naiveAttempt(exchange, chain, 1);
    }

    /** Sends one attempt and tells how it ended; a breaker permission it did not use is given back. */
    static Mono<Attempt> send(ServerWebExchange exchange, GatewayFilterChain chain, int number) {
        return Mono.defer(() -> {
                    exchange.getAttributes().put(ATTEMPTS, number);
                    return chain.filter(exchange);
                })
                .then(Mono.fromSupplier(() -> Attempt.answered(exchange.getResponse().getStatusCode())))
                .onErrorResume(error -> Mono.just(Attempt.failed(error)))
                // Before the ending is passed on: a retry takes a permission of its own right after.
                .doOnNext(ended -> releaseUnusedPermit(exchange))
                .doOnCancel(() -> releaseUnusedPermit(exchange));
    }

    private static void releaseUnusedPermit(ServerWebExchange exchange) {
        RoutingContext.of(exchange).ifPresent(RoutingContext::releaseUnusedPermit);
    }

    private Mono<Void> naiveAttempt(ServerWebExchange exchange, GatewayFilterChain chain, int number) {
        return send(exchange, chain, number).flatMap(attempt -> {
            HttpMethod method = exchange.getRequest().getMethod();
            if (naive.shouldRetry(method, number, attempt.outcome()) && hasNoBody(exchange.getRequest())) {
                ServerWebExchangeUtils.reset(exchange);
                return naiveAttempt(exchange, chain, number + 1);
            }
            return attempt.end();
        });
    }

    private static boolean hasNoBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return headers.getContentLength() <= 0 && headers.getFirst(HttpHeaders.TRANSFER_ENCODING) == null;
    }
}
