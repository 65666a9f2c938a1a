package io.reelstorm.gateway.loadbalancing;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.gateway.GatewayProperties;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * What operators and faults change in routing while the gateway runs: the active data center (the naive
 * operator's {@code failover west}, which only moves traffic) and the {@code lb-skew} fault (a broken balancer that
 * sends every request for a service to one instance).
 */
@Component
public class RoutingState {

    private static final Logger log = LoggerFactory.getLogger(RoutingState.class);

    private final GatewayProperties topology;
    private final AtomicReference<String> activeDc;
    private final Map<String, String> skews = new ConcurrentHashMap<>();

    public RoutingState(GatewayProperties topology) {
        this.topology = topology;
        this.activeDc = new AtomicReference<>(topology.activeDc());
    }

    public String activeDc() {
        return activeDc.get();
    }

    /** Moves all naive traffic to {@code dc}; a data center without any configured instance is a 400 problem. */
    public void failover(String dc) {
        if (dc == null || !topology.dataCenters().contains(dc)) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST,
                    "Unknown data center '" + dc + "'; known: " + topology.dataCenters() + ".").with("field", "dc");
        }
        String previous = activeDc.getAndSet(dc);
        if (!previous.equals(dc)) {
            log.info("event=failover from={} to={}", previous, dc);
        }
    }

    /** From now on every request for {@code service} goes to the instance named {@code instanceId}. */
    public void skew(String service, String instanceId) {
        GatewayProperties.Service configured = knownService(service);
        if (instanceId == null || configured.instances().stream().noneMatch(instance -> instanceId.equals(instance.id()))) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "Unknown instance '" + instanceId + "' of " + service + "; known: "
                    + configured.instances().stream().map(GatewayProperties.Instance::id).toList() + ".").with("field", "instance");
        }
        skews.put(service, instanceId);
        log.info("event=lb-skew service={} instance={}", service, instanceId);
    }

    /** Heals the {@code lb-skew} fault of a service (nothing happens when it has none). */
    public void heal(String service) {
        knownService(service);
        if (skews.remove(service) != null) {
            log.info("event=lb-skew-healed service={}", service);
        }
    }

    /** The instance every request of {@code service} is skewed onto, if that fault is in force. */
    public Optional<String> skewOf(String service) {
        return Optional.ofNullable(skews.get(service));
    }

    public Map<String, String> skews() {
        return new TreeMap<>(skews);
    }

    private GatewayProperties.Service knownService(String service) {
        GatewayProperties.Service configured = service == null ? null : topology.services().get(service);
        if (configured == null) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "Unknown service '" + service + "'; known: "
                    + new TreeMap<>(topology.services()).keySet() + ".").with("field", "service");
        }
        return configured;
    }
}
