package io.reelstorm.gateway.retry;

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
 * Retries a routed call as the {@link RetryPolicy} says. Unlike Spring Cloud Gateway's own retry filter it
 * never caches request bodies (uploads must stream through): a request that carries a body is simply not
 * retried.
 */
@Component
public class RetryFilter implements GatewayFilter, Ordered {

    /** Exchange attribute: how many attempts the call took. */
    public static final String ATTEMPTS = RetryFilter.class.getName() + ".attempts";

    private final RetryPolicy policy;

    public RetryFilter(RetryPolicy policy) {
        this.policy = policy;
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
        return attempt(exchange, chain, 1);
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, int attempt) {
        return Mono.defer(() -> {
                    exchange.getAttributes().put(ATTEMPTS, attempt);
                    return chain.filter(exchange);
                })
                .then(Mono.fromSupplier(() -> new Result(AttemptOutcome.of(exchange.getResponse().getStatusCode()), null)))
                .onErrorResume(error -> Mono.just(new Result(AttemptOutcome.of(error), error)))
                .flatMap(result -> {
                    HttpMethod method = exchange.getRequest().getMethod();
                    if (policy.shouldRetry(method, attempt, result.outcome()) && hasNoBody(exchange.getRequest())) {
                        ServerWebExchangeUtils.reset(exchange);
                        return attempt(exchange, chain, attempt + 1);
                    }
                    return result.error() == null ? Mono.empty() : Mono.error(result.error());
                });
    }

    private static boolean hasNoBody(ServerHttpRequest request) {
        HttpHeaders headers = request.getHeaders();
        return headers.getContentLength() <= 0 && headers.getFirst(HttpHeaders.TRANSFER_ENCODING) == null;
    }

    private record Result(AttemptOutcome outcome, Throwable error) {
    }
}
