package io.reelstorm.gateway.loadbalancing;

import io.reelstorm.gateway.GatewayProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import reactor.core.publisher.Flux;

/** The instances of one service as configured ({@code reelstorm.gateway.services.<service>.instances}), in every DC. */
public class ConfiguredInstances implements ServiceInstanceListSupplier {

    private final String serviceId;
    private final List<ServiceInstance> instances;

    public ConfiguredInstances(String serviceId, List<GatewayProperties.Instance> configured) {
        this.serviceId = serviceId;
        List<ServiceInstance> list = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            GatewayProperties.Instance instance = configured.get(i);
            URI url = instance.url();
            boolean secure = "https".equals(url.getScheme());
            int port = url.getPort() != -1 ? url.getPort() : secure ? 443 : 80;
            list.add(new DefaultServiceInstance(serviceId + "-" + instance.dc() + "-" + (i + 1), serviceId,
                    url.getHost(), port, secure, Map.of(ActiveDcRoundRobin.DC, instance.dc())));
        }
        this.instances = List.copyOf(list);
    }

    @Override
    public String getServiceId() {
        return serviceId;
    }

    @Override
    public Flux<List<ServiceInstance>> get() {
        return Flux.just(instances);
    }
}
