package io.reelstorm.gateway.control;

import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.breakers.UpstreamBreakers;
import io.reelstorm.gateway.health.InstanceHealthRegistry;
import io.reelstorm.gateway.loadbalancing.RoutingState;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /internal/routing}: what the launcher's admin API changes in routing (the naive operator failover, the
 * {@code lb-skew} fault) and what it shows (active data center, skews, and every instance with its health and the
 * state of its circuit breaker). Internal: never routed, not part of the public contract.
 */
@RestController
public class RoutingController {

    private final GatewayProperties topology;
    private final RoutingState state;
    private final InstanceHealthRegistry health;
    private final UpstreamBreakers breakers;

    public RoutingController(GatewayProperties topology, RoutingState state, InstanceHealthRegistry health, UpstreamBreakers breakers) {
        this.topology = topology;
        this.state = state;
        this.health = health;
        this.breakers = breakers;
    }

    @GetMapping("/internal/routing")
    RoutingStatus status() {
        List<InstanceStatus> instances = new ArrayList<>();
        topology.services().forEach((service, configured) -> configured.instances().forEach(instance -> instances.add(
                new InstanceStatus(instance.id(), service, instance.dc(), instance.url(), health.isHealthy(instance.id()),
                        breakers.of(service, instance.dc()).getState().name()))));
        return new RoutingStatus(state.activeDc(), state.skews(), instances);
    }

    /** The naive operator's {@code failover DC}: it only moves traffic. */
    @PutMapping("/internal/routing/active-dc")
    Map<String, String> failover(@RequestBody ActiveDcRequest request) {
        state.failover(request.dc());
        return Map.of("activeDc", state.activeDc());
    }

    /** The {@code lb-skew} fault: every request for the service goes to one instance. */
    @PutMapping("/internal/routing/skew")
    Map<String, String> skew(@RequestBody SkewRequest request) {
        state.skew(request.service(), request.instance());
        return Map.of("service", request.service(), "instance", request.instance());
    }

    @DeleteMapping("/internal/routing/skew/{service}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void heal(@PathVariable String service) {
        state.heal(service);
    }

    /** @param dc the data center that takes all naive traffic from now on */
    public record ActiveDcRequest(String dc) {
    }

    /**
     * @param service  the service whose balancer breaks
     * @param instance the id of the instance that gets everything, e.g. {@code east/feed-service#2}
     */
    public record SkewRequest(String service, String instance) {
    }

    /**
     * @param activeDc  where naive traffic goes
     * @param skews     service to instance, for every {@code lb-skew} in force
     * @param instances every configured instance
     */
    public record RoutingStatus(String activeDc, Map<String, String> skews, List<InstanceStatus> instances) {
    }

    /**
     * @param healthy whether it takes traffic as health checking sees it (used for routing with {@code dc-failover})
     * @param breaker the state of the circuit breaker of its service in its data center (used with
     *                {@code circuit-breakers})
     */
    public record InstanceStatus(String id, String service, String dc, URI url, boolean healthy, String breaker) {
    }
}
