package io.reelstorm.gateway.loadbalancing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every service ({@code lb://name}) is balanced by {@link PerServiceLoadBalancing}. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = PerServiceLoadBalancing.class)
public class LoadBalancingConfiguration {
}
