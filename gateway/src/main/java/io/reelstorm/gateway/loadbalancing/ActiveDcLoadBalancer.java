package io.reelstorm.gateway.loadbalancing;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.DefaultResponse;
import org.springframework.cloud.client.loadbalancer.EmptyResponse;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.ReactorServiceInstanceLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Mono;

/** Spring Cloud LoadBalancer's view of {@link ActiveDcRoundRobin}, one per service. */
public class ActiveDcLoadBalancer implements ReactorServiceInstanceLoadBalancer {

    private final ServiceInstanceListSupplier instances;
    private final ActiveDcRoundRobin selection;

    public ActiveDcLoadBalancer(ServiceInstanceListSupplier instances, ActiveDcRoundRobin selection) {
        this.instances = instances;
        this.selection = selection;
    }

    @Override
    @SuppressWarnings("rawtypes")
    public Mono<Response<ServiceInstance>> choose(Request request) {
        return instances.get(request).next()
                .map(list -> selection.choose(list)
                        .<Response<ServiceInstance>>map(DefaultResponse::new)
                        .orElseGet(EmptyResponse::new));
    }
}
