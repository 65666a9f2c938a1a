package io.reelstorm.gateway.shedding;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadRegistry;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.gateway.GatewayProperties;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * How many requests each service may have in flight through the gateway: a Resilience4j bulkhead per service that
 * never waits (configured in {@code application.yml}: {@code resilience4j.bulkhead}; a service missing there gets
 * the {@value #SHARED_CONFIG} config), sized by its {@link AdaptiveLimit} unless that is switched off. A request that
 * finds its service full is refused at once, so that one slow service cannot tie up the gateway and starve the
 * others. Exported: {@code reelstorm_gateway_concurrency_limit{upstream_service}} besides Resilience4j's bulkhead
 * metrics.
 */
@Component
public class ConcurrencyLimits {

    static final String SHARED_CONFIG = "upstream";

    private final BulkheadRegistry registry;
    private final AdaptiveLimitProperties adaptive;
    private final MeterRegistry meters;
    private final Map<String, AdaptiveLimit> limits = new ConcurrentHashMap<>();

    public ConcurrencyLimits(BulkheadRegistry registry, GatewayProperties topology, LoadSheddingProperties properties,
                             MeterRegistry meters) {
        this.registry = registry;
        this.adaptive = properties.adaptive();
        this.meters = meters;
        topology.services().keySet().forEach(this::of);
    }

    public Bulkhead of(String service) {
        Bulkhead bulkhead = registry.find(service).orElseGet(() -> registry.bulkhead(service, SHARED_CONFIG));
        if (adaptive.enabled()) {
            limits.computeIfAbsent(service, name -> {
                AdaptiveLimit limit = new AdaptiveLimit(bulkhead, adaptive, System::nanoTime);
                Gauge.builder("reelstorm.gateway.concurrency.limit", limit, AdaptiveLimit::current)
                        .description("Requests the load-shedding fix lets each service have in flight right now")
                        .tag("upstream.service", name)
                        .register(meters);
                return limit;
            });
        }
        return bulkhead;
    }

    /** Tells the service's limit how a call it admitted went. */
    public void finished(String service, Duration latency, boolean serverError) {
        AdaptiveLimit limit = limits.get(service);
        if (limit != null) {
            limit.onCallFinished(latency, serverError);
        }
    }
}
