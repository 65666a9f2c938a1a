package io.reelstorm.gateway.loadbalancing;

import io.reelstorm.gateway.GatewayProperties;
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
    ReactorLoadBalancer<ServiceInstance> activeDcLoadBalancer(ServiceInstanceListSupplier instances, GatewayProperties properties) {
        return new ActiveDcLoadBalancer(instances, new ActiveDcRoundRobin(properties.activeDc()));
    }
}
