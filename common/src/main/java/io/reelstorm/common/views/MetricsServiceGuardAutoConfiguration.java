package io.reelstorm.common.views;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * {@code circuit-breakers} for the services that call metrics-service (upload- and feed-service):
 * every such call goes through the breaker and time limiter of the {@code metrics-service} instance
 * of the service's Resilience4j configuration (its application.yml) — one breaker per backend, so a
 * dead metrics-service opens it fast. Call sites use the guard only while the fix is on.
 */
@AutoConfiguration(before = ViewCountsAutoConfiguration.class,
        afterName = {"io.github.resilience4j.springboot.circuitbreaker.autoconfigure.CircuitBreakerAutoConfiguration",
                "io.github.resilience4j.springboot.timelimiter.autoconfigure.TimeLimiterAutoConfiguration"})
@ConditionalOnClass({CircuitBreakerRegistry.class, TimeLimiterRegistry.class})
@ConditionalOnBean({CircuitBreakerRegistry.class, TimeLimiterRegistry.class})
@ConditionalOnProperty("reelstorm.views.metrics-url")
public class MetricsServiceGuardAutoConfiguration {

    public static final String METRICS_SERVICE = "metrics-service";

    @Bean
    BreakerGuard metricsServiceGuard(CircuitBreakerRegistry breakers, TimeLimiterRegistry limiters) {
        return new BreakerGuard(breakers.circuitBreaker(METRICS_SERVICE), limiters.timeLimiter(METRICS_SERVICE));
    }

    @Bean
    ViewCountsGuard viewCountsGuard(BreakerGuard metricsServiceGuard) {
        return metricsServiceGuard::call;
    }
}
