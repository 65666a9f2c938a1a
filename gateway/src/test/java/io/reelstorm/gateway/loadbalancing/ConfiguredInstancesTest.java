package io.reelstorm.gateway.loadbalancing;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.GatewayProperties;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.cloud.client.ServiceInstance;

class ConfiguredInstancesTest {

    @Test
    void everyConfiguredInstanceIsOfferedWithItsAddressAndDataCenter() {
        ConfiguredInstances supplier = new ConfiguredInstances("upload-service", List.of(
                new GatewayProperties.Instance("east", URI.create("http://127.0.0.1:8181")),
                new GatewayProperties.Instance("west", URI.create("https://upload.west.example"))));

        List<ServiceInstance> instances = supplier.get().blockFirst();

        assertThat(instances).hasSize(2);
        assertThat(instances.get(0).getUri()).isEqualTo(URI.create("http://127.0.0.1:8181"));
        assertThat(instances.get(0).getMetadata()).containsEntry(ActiveDcRoundRobin.DC, "east");
        assertThat(instances.get(1).getUri()).isEqualTo(URI.create("https://upload.west.example:443"));
        assertThat(instances.get(1).getMetadata()).containsEntry(ActiveDcRoundRobin.DC, "west");
        assertThat(instances).extracting(ServiceInstance::getServiceId).containsOnly("upload-service");
        assertThat(supplier.getServiceId()).isEqualTo("upload-service");
    }

    @Test
    void everyInstanceCarriesItsId() {
        ConfiguredInstances supplier = new ConfiguredInstances("feed-service", List.of(
                new GatewayProperties.Instance("east/feed-service#2", "east", URI.create("http://127.0.0.1:8192"))));

        ServiceInstance instance = supplier.get().blockFirst().getFirst();

        assertThat(instance.getInstanceId()).isEqualTo("east/feed-service#2");
        assertThat(instance.getMetadata()).containsEntry(ConfiguredInstances.ID, "east/feed-service#2");
    }
}
