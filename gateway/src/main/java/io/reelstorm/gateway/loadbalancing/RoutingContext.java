package io.reelstorm.gateway.loadbalancing;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.reelstorm.gateway.accesslog.ClientKey;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.RequestDataContext;
import org.springframework.web.server.ServerWebExchange;

/**
 * What the load balancer needs to know about one routed request across all its attempts: who the client is (its
 * home data center follows from that), which instances already failed it, and the circuit-breaker permission taken
 * for the attempt in flight. It travels as an exchange attribute, which Spring Cloud LoadBalancer hands to
 * {@link RoutingLoadBalancer} with the request data.
 */
public final class RoutingContext {

    static final String ATTRIBUTE = RoutingContext.class.getName();

    private final String clientKey;
    private final Set<String> tried = ConcurrentHashMap.newKeySet();
    private final AtomicReference<String> lastFailedDc = new AtomicReference<>();
    private final AtomicReference<String> writeDc = new AtomicReference<>();
    private final AtomicReference<CircuitBreaker> permit = new AtomicReference<>();

    RoutingContext(String clientKey) {
        this.clientKey = clientKey;
    }

    /** Starts the context of a routed request. */
    public static RoutingContext start(ServerWebExchange exchange) {
        RoutingContext context = new RoutingContext(ClientKey.of(exchange.getRequest()));
        exchange.getAttributes().put(ATTRIBUTE, context);
        return context;
    }

    public static Optional<RoutingContext> of(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(ATTRIBUTE));
    }

    /** The context of a request routed through the gateway; absent for the gateway's own calls (api docs). */
    static Optional<RoutingContext> of(Request<?> request) {
        if (request != null && request.getContext() instanceof RequestDataContext data && data.getClientRequest() != null
                && data.getClientRequest().getAttributes() != null
                && data.getClientRequest().getAttributes().get(ATTRIBUTE) instanceof RoutingContext context) {
            return Optional.of(context);
        }
        return Optional.empty();
    }

    public String clientKey() {
        return clientKey;
    }

    /** Remembers that an attempt on this instance failed, so that a retry goes elsewhere if it can. */
    public void failedOn(ServiceInstance instance) {
        tried.add(ConfiguredInstances.idOf(instance));
        lastFailedDc.set(ConfiguredInstances.dcOf(instance));
    }

    /**
     * Remembers that a write may have been applied on this instance (it answered late or with a 5xx): every further
     * attempt stays in its data center. A {@code View-Id} or {@code Idempotency-Key} is
     * remembered per data center, so the same write applied in the other one would count twice.
     */
    public void mayHaveAppliedOn(ServiceInstance instance) {
        writeDc.compareAndSet(null, ConfiguredInstances.dcOf(instance));
    }

    Set<String> tried() {
        return Set.copyOf(tried);
    }

    String lastFailedDc() {
        return lastFailedDc.get();
    }

    Optional<String> writeDc() {
        return Optional.ofNullable(writeDc.get());
    }

    void holdPermit(CircuitBreaker breaker) {
        permit.set(breaker);
    }

    /** The breaker whose permission was taken for the attempt in flight: the caller now reports the outcome to it. */
    public Optional<CircuitBreaker> takePermit() {
        return Optional.ofNullable(permit.getAndSet(null));
    }

    /** Gives back a permission that no call used (the attempt failed before it was sent). */
    public void releaseUnusedPermit() {
        takePermit().ifPresent(CircuitBreaker::releasePermission);
    }
}
