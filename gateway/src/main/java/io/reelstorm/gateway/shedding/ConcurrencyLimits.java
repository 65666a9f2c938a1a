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
 * the {@value #SHARED_CONFIG} config) and, inside it, an {@link AdaptiveLimit} that starts at the bulkhead's size and
 * follows the service's latency, unless switched off. A request that finds its service full is refused at once, so
 * that one slow service cannot tie up the gateway and starve the others. Exported:
 * {@code reelstorm_gateway_concurrency_limit{upstream_service}} besides Resilience4j's bulkhead metrics.
 */
@Component
public class ConcurrencyLimits {

    static final String SHARED_CONFIG = "upstream";

    private final BulkheadRegistry registry;
    private final AdaptiveLimitProperties adaptive;
    private final MeterRegistry meters;
    private final Map<String, ServiceLimit> limits = new ConcurrentHashMap<>();

    public ConcurrencyLimits(BulkheadRegistry registry, GatewayProperties topology, LoadSheddingProperties properties,
                             MeterRegistry meters) {
        this.registry = registry;
        this.adaptive = properties.adaptive();
        this.meters = meters;
        topology.services().keySet().forEach(this::of);
    }

    /** Takes a place for one call to the service; false when it is full. Every true must be followed by {@link #release}. */
    public boolean tryAcquire(String service) {
        ServiceLimit limit = of(service);
        if (!limit.bulkhead().tryAcquirePermission()) {
            return false;
        }
        if (limit.adaptive() != null && !limit.adaptive().tryAcquire()) {
            limit.bulkhead().releasePermission();
            return false;
        }
        return true;
    }

    /** Gives back the place of a call that ended, telling the service's limit how long it took to answer. */
    public void release(String service, Duration answeredIn) {
        ServiceLimit limit = of(service);
        limit.bulkhead().onComplete();
        if (limit.adaptive() != null) {
            limit.adaptive().release(answeredIn);
        }
    }

    /** Gives back a place taken by {@link #tryAcquire} for a request that was then not sent to the service. */
    public void giveBack(String service) {
        ServiceLimit limit = of(service);
        limit.bulkhead().releasePermission();
        if (limit.adaptive() != null) {
            limit.adaptive().giveBack();
        }
    }

    private ServiceLimit of(String service) {
        return limits.computeIfAbsent(service, this::create);
    }

    private ServiceLimit create(String service) {
        Bulkhead bulkhead = registry.find(service).orElseGet(() -> registry.bulkhead(service, SHARED_CONFIG));
        if (!adaptive.enabled()) {
            return new ServiceLimit(bulkhead, null);
        }
        AdaptiveLimit limit = new AdaptiveLimit(bulkhead.getBulkheadConfig().getMaxConcurrentCalls(), adaptive, System::nanoTime);
        Gauge.builder("reelstorm.gateway.concurrency.limit", limit, AdaptiveLimit::current)
                .description("Requests the load-shedding fix lets each service have in flight right now")
                .tag("upstream.service", service)
                .register(meters);
        return new ServiceLimit(bulkhead, limit);
    }

    /** One service's hard ceiling and, unless switched off, the adaptive limit inside it (null then). */
    private record ServiceLimit(Bulkhead bulkhead, AdaptiveLimit adaptive) {
    }
}
