package io.reelstorm.gateway.loadbalancing;

import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.breakers.UpstreamBreakers;
import io.reelstorm.gateway.health.InstanceHealthRegistry;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ReactorLoadBalancer;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * The beans of each service's load-balancer context (Spring Cloud LoadBalancer makes one child context per
 * service). Deliberately not a {@code @Configuration}: component scanning must not put these beans into the
 * main context.
 */
public class PerServiceLoadBalancing {

    @Bean
    ServiceInstanceListSupplier configuredInstances(Environment environment, GatewayProperties properties) {
        String service = LoadBalancerClientFactory.getName(environment);
        return new ConfiguredInstances(service, properties.service(service).instances());
    }

    @Bean
    ReactorLoadBalancer<ServiceInstance> routingLoadBalancer(Environment environment, ServiceInstanceListSupplier instances,
                                                             GatewayProperties properties, FixSwitches switches, RoutingState state,
                                                             InstanceHealthRegistry health, UpstreamBreakers breakers) {
        return new RoutingLoadBalancer(LoadBalancerClientFactory.getName(environment), instances,
                new RoutingDecision(new ActiveDcRoundRobin(state::activeDc)),
                new RoutingLoadBalancer.Dependencies(switches, state, health, breakers, properties.dataCenters()));
    }
}
