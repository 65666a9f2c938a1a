package io.reelstorm.gateway.loadbalancing;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.gateway.breakers.UpstreamBreakers;
import io.reelstorm.gateway.health.InstanceHealthRegistry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Mono;

/**
 * Spring Cloud LoadBalancer's view of {@link RoutingDecision}, one per service. It reads the fix switches, the
 * routing state, instance health and breaker states at every choice, and with {@code circuit-breakers} on takes the
 * first instance whose breaker grants a permission; when none does, the call fails fast.
 */
public class RoutingLoadBalancer implements ReactorServiceInstanceLoadBalancer {

    private final String service;
    private final ServiceInstanceListSupplier instances;
    private final RoutingDecision decision;
    private final Dependencies dependencies;

    public RoutingLoadBalancer(String service, ServiceInstanceListSupplier instances, RoutingDecision decision,
                               Dependencies dependencies) {
        this.service = service;
        this.instances = instances;
        this.decision = decision;
        this.dependencies = dependencies;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Mono<Response<ServiceInstance>> choose(Request request) {
        Optional<RoutingContext> context = RoutingContext.of(request);
        return instances.get(request).next().map(list -> choose(list, context));
    }

    private Response<ServiceInstance> choose(List<ServiceInstance> list, Optional<RoutingContext> context) {
        FixSwitches switches = dependencies.switches();
        boolean breakers = switches.isOn(Fix.CIRCUIT_BREAKERS);
        RoutingDecision.Situation situation = new RoutingDecision.Situation(
                switches.isOn(Fix.DC_FAILOVER),
                HomeDc.of(context.map(RoutingContext::clientKey).orElse("-"), dependencies.dataCenters()),
                dependencies.state().skewOf(service),
                context.map(RoutingContext::tried).orElse(Set.of()),
                context.map(RoutingContext::lastFailedDc).orElse(null),
                context.flatMap(RoutingContext::writeDc));
        List<RoutingDecision.Candidate> candidates = list.stream()
                .map(instance -> candidate(instance, breakers))
                .toList();
        List<RoutingDecision.Candidate> order = decision.order(situation, candidates);
        if (order.isEmpty()) {
            return new EmptyResponse();
        }
        if (!breakers || context.isEmpty()) {
            return new DefaultResponse(order.getFirst().instance());
        }
        for (RoutingDecision.Candidate candidate : order) {
            CircuitBreaker breaker = dependencies.breakers().of(service, candidate.dc());
            if (breaker.tryAcquirePermission()) {
                context.get().holdPermit(breaker);
                return new DefaultResponse(candidate.instance());
            }
        }
        throw CallNotPermittedException.createCallNotPermittedException(dependencies.breakers().of(service, order.getFirst().dc()));
    }

    private RoutingDecision.Candidate candidate(ServiceInstance instance, boolean breakers) {
        return new RoutingDecision.Candidate(instance,
                dependencies.health().isHealthy(ConfiguredInstances.idOf(instance)),
                breakers && dependencies.breakers().isOpen(service, ConfiguredInstances.dcOf(instance)));
    }

    /**
     * What every service's balancer reads at each choice.
     *
     * @param dataCenters every data center, in a fixed order (for {@link HomeDc})
     */
    public record Dependencies(FixSwitches switches, RoutingState state, InstanceHealthRegistry health,
                               UpstreamBreakers breakers, List<String> dataCenters) {
    }
}
