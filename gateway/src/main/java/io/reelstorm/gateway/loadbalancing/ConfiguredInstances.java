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

/**
 * The instances of one service as configured ({@code reelstorm.gateway.services.<service>.instances}), in every DC,
 * each carrying its data center ({@link ActiveDcRoundRobin#DC}) and id ({@link #ID}) as metadata.
 */
public class ConfiguredInstances implements ServiceInstanceListSupplier {

    /** The instance metadata key that holds an instance's id, e.g. {@code east/feed-service#2}. */
    public static final String ID = "id";

    private final String serviceId;
    private final List<ServiceInstance> instances;

    public ConfiguredInstances(String serviceId, List<GatewayProperties.Instance> configured) {
        this.serviceId = serviceId;
        List<ServiceInstance> list = new ArrayList<>();
        for (int i = 0; i < configured.size(); i++) {
            GatewayProperties.Instance instance = configured.get(i);
            String id = instance.id() != null ? instance.id() : serviceId + "-" + instance.dc() + "-" + (i + 1);
            URI url = instance.url();
            boolean secure = "https".equals(url.getScheme());
            int port = url.getPort() != -1 ? url.getPort() : secure ? 443 : 80;
            list.add(new DefaultServiceInstance(id, serviceId, url.getHost(), port, secure,
                    Map.of(ActiveDcRoundRobin.DC, instance.dc(), ID, id)));
        }
        this.instances = List.copyOf(list);
    }

    /** The id of an instance this supplier offered, e.g. {@code east/feed-service#2}. */
    public static String idOf(ServiceInstance instance) {
        return instance.getMetadata().getOrDefault(ID, instance.getInstanceId());
    }

    /** The data center of an instance this supplier offered. */
    public static String dcOf(ServiceInstance instance) {
        return instance.getMetadata().getOrDefault(ActiveDcRoundRobin.DC, "");
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
