package io.reelstorm.gateway.shedding;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.reelstorm.gateway.GatewayProperties;
import org.springframework.stereotype.Component;

/**
 * How many requests each service may have in flight through the gateway: a Resilience4j bulkhead per service that
 * never waits (configured in {@code application.yml}: {@code resilience4j.bulkhead}; a service missing there gets
 * the {@value #SHARED_CONFIG} config). A request that finds its service full is refused at once, so that one slow
 * service cannot tie up the gateway and starve the others.
 */
@Component
public class ConcurrencyLimits {

    static final String SHARED_CONFIG = "upstream";

    private final BulkheadRegistry registry;

    public ConcurrencyLimits(BulkheadRegistry registry, GatewayProperties topology) {
        this.registry = registry;
        topology.services().keySet().forEach(this::of);
    }

    public Bulkhead of(String service) {
        return registry.find(service).orElseGet(() -> registry.bulkhead(service, SHARED_CONFIG));
    }
}
