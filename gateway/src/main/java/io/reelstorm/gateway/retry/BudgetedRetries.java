package io.reelstorm.gateway.retry;

import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.gateway.loadbalancing.RoutingContext;
import io.reelstorm.gateway.upstream.Upstream;
import java.time.Duration;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * The retries of the {@code safe-retries} fix: bounded (Resilience4j {@link Retry}, exponential backoff with jitter),
 * only for calls {@link Retryability} allows and failures it names, each on another instance when there is one (and
 * with {@code dc-failover} preferably in the other data center, except for a write whose service answered late or
 * with a 5xx: that one may have been applied and stays in its data center), and never beyond the {@link RetryBudget}.
 * Exported: Resilience4j's {@code resilience4j_retry_calls} for the {@value #RETRY_NAME} retry,
 * {@code reelstorm_gateway_retries_total{outcome=retried|exhausted|budget-exhausted}} and the budget's tokens.
 */
@Component
public class BudgetedRetries {

    static final String RETRY_NAME = "upstream";

    private final SafeRetryProperties properties;
    private final RetryBudget budget;
    private final Retry retry;
    private final MeterRegistry meters;

    public BudgetedRetries(SafeRetryProperties properties, RetryRegistry registry, MeterRegistry meters) {
        this.properties = properties;
        this.budget = new RetryBudget(properties.budget().ratio(), properties.budget().maxTokens());
        this.retry = registry.retry(RETRY_NAME, RetryConfig.custom()
                .maxAttempts(properties.maxAttempts())
                .intervalFunction(IntervalFunction.ofExponentialRandomBackoff(
                        properties.initialBackoff(), properties.backoffMultiplier(), properties.jitter()))
                .build());
        this.meters = meters;
        Gauge.builder("reelstorm.gateway.retry.budget.tokens", budget, RetryBudget::tokens)
                .description("Retries the safe-retries budget allows right now")
                .register(meters);
    }

    Mono<Void> forward(ServerWebExchange exchange, GatewayFilterChain chain) {
        budget.deposit();
        int maxBody = Math.toIntExact(properties.maxReplayableBody().toBytes());
        return switch (Retryability.of(exchange.getRequest().getMethod(), exchange.getRequest().getHeaders(), maxBody)) {
            case NOT_RETRYABLE -> RetryFilter.send(exchange, chain, 1).flatMap(Attempt::end);
            case WITHOUT_BODY -> attempt(exchange, chain, retry.asyncContext(), 1);
            case REPLAYABLE_BODY -> ReplayableRequest.of(exchange, maxBody)
                    .flatMap(replayable -> attempt(replayable, chain, retry.asyncContext(), 1));
        };
    }

    private Mono<Void> attempt(ServerWebExchange exchange, GatewayFilterChain chain, Retry.AsyncContext<Void> retryContext,
                               int number) {
        return RetryFilter.send(exchange, chain, number).flatMap(attempt -> {
            if (!Retryability.worthRetrying(attempt.outcome(), attempt.status())) {
                retryContext.onComplete();
                return attempt.end();
            }
            String service = Upstream.of(exchange.getAttributes()).service();
            if (number >= properties.maxAttempts()) {
                retryContext.onError(attempt.failure());
                count(service, "exhausted");
                return attempt.end();
            }
            if (!budget.tryWithdraw()) {
                count(service, "budget-exhausted");
                return attempt.end();
            }
            long wait = retryContext.onError(attempt.failure());
            count(service, "retried");
            if (exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR) instanceof Response<?> chosen
                    && chosen.hasServer() && chosen.getServer() instanceof ServiceInstance instance) {
                RoutingContext.of(exchange).ifPresent(context -> {
                    context.failedOn(instance);
                    if (isWrite(exchange) && attempt.reachedALiveService()) {
                        context.mayHaveAppliedOn(instance);
                    }
                });
            }
            ServerWebExchangeUtils.reset(exchange);
            return Mono.delay(Duration.ofMillis(Math.max(0, wait))).then(attempt(exchange, chain, retryContext, number + 1));
        });
    }

    private static boolean isWrite(ServerWebExchange exchange) {
        HttpMethod method = exchange.getRequest().getMethod();
        return !HttpMethod.GET.equals(method) && !HttpMethod.HEAD.equals(method);
    }

    private void count(String service, String outcome) {
        Counter.builder("reelstorm.gateway.retries")
                .description("Retry decisions of safe-retries: retried, exhausted (no attempt left), budget-exhausted")
                .tags("upstream.service", service, "outcome", outcome)
                .register(meters)
                .increment();
    }
}
