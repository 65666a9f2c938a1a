package io.reelstorm.gateway.breakers;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.reelstorm.gateway.GatewayProperties;
import org.springframework.stereotype.Component;

/**
 * One Resilience4j circuit breaker per upstream: a service in a data center ({@code feed-service-east}). They are
 * configured in {@code application.yml} the way Resilience4j's Spring Boot demo does it (shared {@code configs}, one
 * {@code instances} entry per backend); an upstream missing there gets the {@value #SHARED_CONFIG} config. All are
 * created at start, so their states are exported from the beginning. Consulted only while the
 * {@code circuit-breakers} fix is on.
 */
@Component
public class UpstreamBreakers {

    static final String SHARED_CONFIG = "upstream";

    private final CircuitBreakerRegistry registry;

    public UpstreamBreakers(CircuitBreakerRegistry registry, GatewayProperties topology) {
        this.registry = registry;
        topology.services().forEach((service, configured) -> configured.instances().forEach(instance -> of(service, instance.dc())));
    }

    public static String name(String service, String dc) {
        return service + "-" + dc;
    }

    public CircuitBreaker of(String service, String dc) {
        String name = name(service, dc);
        return registry.find(name).orElseGet(() -> registry.circuitBreaker(name, SHARED_CONFIG));
    }

    /** Whether the breaker refuses calls right now (half-open lets a few probes through, so it does not count). */
    public boolean isOpen(String service, String dc) {
        CircuitBreaker.State state = of(service, dc).getState();
        return state == CircuitBreaker.State.OPEN || state == CircuitBreaker.State.FORCED_OPEN;
    }
}
