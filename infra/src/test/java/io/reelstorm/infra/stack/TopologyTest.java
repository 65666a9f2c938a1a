package io.reelstorm.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.fixes.Fix;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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

    private Topology topology(Map<String, Integer> instances, Set<Fix> fixes) {
        return new Topology(new StackOptions(Ports.DATA_CENTERS, 0, instances, fixes), home, launchers, "secret");
    }

    private List<ProcessSpec> processes(Set<Fix> fixes) {
        return topology(Map.of(), fixes).processes();
    }

    private static ProcessSpec find(List<ProcessSpec> processes, String id) {
        return processes.stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
    }

    private static String commandOf(List<ProcessSpec> processes, String id) {
        return String.join(" ", find(processes, id).command());
    }

    private static LinkSpec link(Topology topology, String name) {
        return topology.links().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void eachDataCenterHasTwoRedisStoresAnObjectStoreAndThreeServicesBehindOneGateway() {
        assertThat(processes(Set.of())).extracting(ProcessSpec::id).containsExactly(
                "east/redis-meta", "east/redis-counters", "east/objects",
                "east/upload-service", "east/metrics-service", "east/feed-service",
                "west/redis-meta", "west/redis-counters", "west/objects",
                "west/upload-service", "west/metrics-service", "west/feed-service",
                "edge/redis", "gateway");
    }

    @Test
    void naiveWestStoresAreReplicasOfEastsOverTheInterDcLink() {
        Topology topology = topology(Map.of(), Set.of());
        List<ProcessSpec> processes = topology.processes();

        int metaLink = link(topology, "east-west->east/redis-meta").port();
        int countersLink = link(topology, "east-west->east/redis-counters").port();
        assertThat(commandOf(processes, "west/redis-meta")).contains("--replicaof 127.0.0.1 " + metaLink);
        assertThat(commandOf(processes, "west/redis-counters")).contains("--replicaof 127.0.0.1 " + countersLink);
        assertThat(commandOf(processes, "east/redis-meta")).doesNotContain("--replicaof");
        assertThat(link(topology, "east-west->east/redis-meta").targetPort()).isEqualTo(6381);
    }

    @Test
    void activeActiveDataMakesEveryStoreAPrimary() {
        List<ProcessSpec> processes = processes(EnumSet.of(Fix.ACTIVE_ACTIVE_DATA));

        assertThat(commandOf(processes, "west/redis-meta")).doesNotContain("--replicaof");
        assertThat(commandOf(processes, "west/redis-counters")).doesNotContain("--replicaof");
    }

    @Test
    void theMetadataStorePersistsTheNaiveCounterStoreKeepsNothingAndDurableStoresChangesThat() {
        List<ProcessSpec> naive = processes(Set.of());
        List<ProcessSpec> durable = processes(EnumSet.of(Fix.DURABLE_STORES));

        assertThat(commandOf(naive, "east/redis-meta")).contains("--appendonly yes");
        assertThat(commandOf(naive, "east/redis-counters"))
                .contains("--appendonly no", "--save ", "--repl-diskless-sync yes", "--rdb-del-sync-files yes");
        assertThat(commandOf(durable, "east/redis-counters")).contains("--appendonly yes", "--appendfsync everysec");
    }

    @Test
    void everyStoreHasItsOwnDataFolder() {
        List<ProcessSpec> stores = processes(Set.of()).stream()
                .filter(p -> p.kind() == ProcessKind.REDIS || p.kind() == ProcessKind.OBJECT_STORE).toList();

        assertThat(stores).extracting(ProcessSpec::workDir).doesNotHaveDuplicates();
    }

    @Test
    void servicesReachTheirStoresAndThePeerOnlyThroughLinks() {
        Topology topology = topology(Map.of(), Set.of());
        List<ProcessSpec> processes = topology.processes();

        assertThat(find(processes, "east/metrics-service").command()).contains(
                "--reelstorm.stores.counters.uri=redis://127.0.0.1:" + link(topology, "east/metrics-service->redis-counters").port(),
                "--reelstorm.stores.meta.uri=redis://127.0.0.1:" + link(topology, "east/metrics-service->redis-meta").port(),
                "--reelstorm.peer.dc=west",
                "--reelstorm.peer.stores.counters.uri=redis://127.0.0.1:" + link(topology, "east-west->west/redis-counters").port());
        assertThat(find(processes, "west/upload-service").command()).contains(
                "--reelstorm.objects.endpoint=http://127.0.0.1:" + link(topology, "west/upload-service->objects").port(),
                "--reelstorm.peer.objects-endpoint=http://127.0.0.1:" + link(topology, "east-west->east/objects").port());
        assertThat(link(topology, "west/upload-service->objects").targetPort()).isEqualTo(9201);
    }

    @Test
    void theGatewayReachesEveryInstanceOfBothDataCentersThroughItsDcLink() {
        Topology topology = topology(Map.of("feed-service", 2), Set.of());
        List<ProcessSpec> processes = topology.processes();

        assertThat(processes).extracting(ProcessSpec::id).contains("east/feed-service", "east/feed-service#2", "west/feed-service#2");
        assertThat(link(topology, "gateway->east/feed-service#2").group()).isEqualTo("gateway-east");
        assertThat(link(topology, "gateway->east/feed-service#2").targetPort()).isEqualTo(8192);
        assertThat(find(processes, "gateway").command()).contains(
                "--reelstorm.gateway.services.feed-service.instances[1].id=east/feed-service#2",
                "--reelstorm.gateway.services.feed-service.instances[1].url=http://127.0.0.1:" + link(topology, "gateway->east/feed-service#2").port(),
                "--reelstorm.gateway.services.feed-service.instances[2].dc=west",
                "--reelstorm.gateway.active-dc=east");
    }

    @Test
    void fixesReachEveryJavaProcess() {
        List<ProcessSpec> processes = processes(EnumSet.of(Fix.HONEST_READS, Fix.DC_FAILOVER));

        for (String id : List.of("east/upload-service", "west/feed-service", "gateway")) {
            assertThat(find(processes, id).command()).contains("--reelstorm.fixes.enabled=dc-failover,honest-reads");
        }
    }

    @Test
    void linkGroupsAreTheNamesFaultsUse() {
        Set<String> groups = new HashSet<>();
        topology(Map.of(), Set.of()).links().forEach(link -> groups.add(link.group()));

        assertThat(groups).contains("gateway-east", "gateway-west", "east-west", "east/feed-service->redis-meta",
                "west/metrics-service->redis-counters", "east/upload-service->objects");
        assertThat(topology(Map.of(), Set.of()).links()).extracting(LinkSpec::port).doesNotHaveDuplicates();
    }
}
