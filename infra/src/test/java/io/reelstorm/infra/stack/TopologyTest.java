package io.reelstorm.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TopologyTest {

    private final Launchers launchers = new Launchers() {
        @Override
        public List<String> redisServer() {
            return List.of("redis-server");
        }

        @Override
        public List<String> s3proxy(Path properties) {
            return List.of("s3proxy", properties.toString());
        }

        @Override
        public List<String> javaApp(String app, String processId) {
            return List.of("java", "-jar", app + ".jar");
        }
    };

    private final StackHome home = new StackHome(Path.of("/tmp/reelstorm-test-home"));

    private List<ProcessSpec> processes(Map<String, Integer> instances) {
        return new Topology(new StackOptions(List.of("east"), 0, instances), home, launchers, "secret").processes();
    }

    private ProcessSpec find(List<ProcessSpec> processes, String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void oneDataCenterHasTwoRedisStoresAnObjectStoreThreeServicesAndTheGateway() {
        assertThat(processes(Map.of())).extracting(ProcessSpec::id).containsExactly(
                "east/redis-meta", "east/redis-counters", "east/objects",
                "east/upload-service", "east/metrics-service", "east/feed-service", "gateway");
    }

    @Test
    void theMetadataStorePersistsAndTheNaiveCounterStoreKeepsNothingOnDisk() {
        List<ProcessSpec> processes = processes(Map.of());

        assertThat(String.join(" ", find(processes, "east/redis-meta").command())).contains("--appendonly yes");
        assertThat(String.join(" ", find(processes, "east/redis-counters").command()))
                .contains("--appendonly no", "--save ", "--repl-diskless-sync yes", "--rdb-del-sync-files yes");
    }

    @Test
    void everyStoreHasItsOwnDataFolder() {
        List<ProcessSpec> stores = processes(Map.of()).stream().filter(p -> p.kind() != ProcessKind.SERVICE && p.kind() != ProcessKind.GATEWAY).toList();

        assertThat(stores).extracting(ProcessSpec::workDir).doesNotHaveDuplicates();
        assertThat(String.join(" ", find(stores, "east/redis-counters").command()))
                .contains("--dir " + home.data("east/redis-counters"));
    }

    @Test
    void servicesAreWiredToTheStoresOfTheirDataCenter() {
        List<ProcessSpec> processes = processes(Map.of());

        assertThat(find(processes, "east/metrics-service").command())
                .contains("--reelstorm.stores.counters.uri=redis://127.0.0.1:6382", "--reelstorm.stores.meta.uri=redis://127.0.0.1:6381");
        assertThat(find(processes, "east/upload-service").command())
                .contains("--reelstorm.objects.endpoint=http://127.0.0.1:9101", "--reelstorm.views.metrics-url=http://127.0.0.1:8183");
        assertThat(find(processes, "east/feed-service").command()).contains("--reelstorm.feed.cursor-secret=secret");
    }

    @Test
    void theGatewayKnowsEveryInstanceOfEveryService() {
        List<ProcessSpec> processes = processes(Map.of("feed-service", 2));

        assertThat(processes).extracting(ProcessSpec::id).contains("east/feed-service", "east/feed-service#2");
        assertThat(find(processes, "gateway").command()).contains(
                "--reelstorm.gateway.services.feed-service.instances[0].url=http://127.0.0.1:8182",
                "--reelstorm.gateway.services.feed-service.instances[1].url=http://127.0.0.1:8192",
                "--reelstorm.gateway.services.feed-service.instances[1].dc=east",
                "--reelstorm.gateway.active-dc=east");
    }
}
