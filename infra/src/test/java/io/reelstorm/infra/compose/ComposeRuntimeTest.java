package io.reelstorm.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.faults.FaultKind;
import io.reelstorm.infra.faults.InvalidFaultException;
import io.reelstorm.infra.link.LinkFault;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.stack.Ports;
import io.reelstorm.infra.stack.StackOptions;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ComposeRuntimeTest {

    private static final List<String> EAST = List.of("east-redis-meta", "east-redis-counters", "east-objects", "east-link",
            "east-upload-service", "east-metrics-service", "east-feed-service");

    @TempDir
    static Path logs;

    private final FakeProject project = new FakeProject();
    private final FakeLinks links = new FakeLinks();
    private final ComposeRuntime runtime = runtime(Map.of());

    private ComposeRuntime runtime(Map<String, Integer> instances) {
        return new ComposeRuntime(new StackOptions(Ports.DATA_CENTERS, 0, instances, EnumSet.noneOf(Fix.class)), project, links,
                new ServiceControl("token"), 8080, logs);
    }

    @Test
    void aPowerLossKillsEveryContainerOfTheDataCenterAndHealingStartsThemAgain() {
        runtime.start();
        runtime.probe();
        assertThat(runtime.allReady()).isTrue();

        runtime.holdDown(ids("east"), "f1");
        assertThat(project.commands).containsExactly("up", "kill " + EAST);
        runtime.probe();
        assertThat(runtime.allReady()).isFalse();
        assertThat(runtime.health("east/feed-service")).isEqualTo("down (fault)");
        assertThat(runtime.noticeUnexpectedExits()).as("killed by a fault: expected").isEmpty();

        runtime.release(ids("east"), "f1");
        assertThat(project.commands.getLast()).isEqualTo("start " + EAST);
        assertThat(runtime.probe()).hasSize(7);
        assertThat(runtime.allReady()).isTrue();
    }

    @Test
    void aStoreHeldDownByTwoFaultsStartsOnlyWhenBothAreHealed() {
        runtime.start();
        runtime.holdDown(List.of("east/redis-meta"), "f1");
        runtime.holdDown(ids("east"), "f2");
        assertThat(project.commands).containsExactly("up", "kill [east-redis-meta]",
                "kill " + EAST.stream().filter(service -> !service.equals("east-redis-meta")).toList());

        runtime.release(ids("east"), "f2");
        assertThat(project.commands.getLast()).doesNotContain("east-redis-meta");
        assertThat(project.state("east-redis-meta").status()).isEqualTo("exited");

        runtime.release(List.of("east/redis-meta"), "f1");
        assertThat(project.commands.getLast()).isEqualTo("start [east-redis-meta]");
    }

    @Test
    void aFrozenStoreIsPausedUntilThawed() {
        runtime.start();
        runtime.freeze("west/redis-counters");
        assertThat(runtime.health("west/redis-counters")).isEqualTo("frozen (fault)");
        runtime.thaw("west/redis-counters");
        runtime.thaw("west/redis-counters");
        assertThat(project.commands).containsExactly("up", "pause west-redis-counters", "unpause west-redis-counters");
        assertThat(runtime.health("west/redis-counters")).isEqualTo("up");
    }

    @Test
    void linkFaultsGoToTheLinksThatCarryTheGroup() {
        runtime.start();
        runtime.degrade("east-west", new LinkFault.Partition());
        runtime.degrade("gateway-west", new LinkFault.Latency(Duration.ofMillis(200), Duration.ZERO));
        runtime.healLink("east-west", LinkFault.Kind.PARTITION);
        assertThat(links.calls).containsExactly(
                "apply " + address("east-link") + " east-west partition",
                "apply " + address("west-link") + " east-west partition",
                "apply " + address("west-link") + " gateway-west latency",
                "heal " + address("east-link") + " east-west partition",
                "heal " + address("west-link") + " east-west partition");
        assertThat(runtime.linkView()).containsEntry("gateway-west", Map.of("links", List.of("west-link"), "faults", List.of("latency")));
    }

    @Test
    void aLinkContainerThatRestartsGetsBackTheFaultsStillInForce() {
        runtime.start();
        runtime.probe();
        runtime.degrade("gateway-east", new LinkFault.Reset());
        runtime.degrade("east-west", new LinkFault.Loss(20));
        runtime.degrade("east-west", new LinkFault.Partition());
        runtime.healLink("east-west", LinkFault.Kind.PARTITION);
        runtime.holdDown(ids("east"), "f1");
        links.calls.clear();

        runtime.release(ids("east"), "f1");
        project.containers.put("east-link", moved(project.state("east-link"), "172.30.0.99"));
        runtime.probe();

        assertThat(links.calls).containsExactlyInAnyOrder("apply 172.30.0.99 gateway-east reset", "apply 172.30.0.99 east-west loss");
    }

    @Test
    void aContainerThatStopsWithoutAFaultIsNoticedOnceWithItsExitCode() {
        runtime.start();
        runtime.probe();
        project.containers.put("west-feed-service", exited(project.state("west-feed-service"), 1));
        runtime.probe();
        assertThat(runtime.noticeUnexpectedExits()).containsExactly(Map.entry("west/feed-service", 1));
        assertThat(runtime.noticeUnexpectedExits()).isEmpty();
        assertThat(runtime.health("west/feed-service")).isEqualTo("exited(1)");
    }

    @Test
    void faultsMayNameTheComposeStacksLinksAndInstancesOnly() {
        var targets = runtime.faultTargets();
        assertThat(targets.check(FaultKind.LINK_PARTITION, "east-west")).isEqualTo("east-west");
        assertThat(targets.check(FaultKind.LINK_LATENCY, "gateway-east")).isEqualTo("gateway-east");
        assertThat(targets.check(FaultKind.SLOW_INSTANCE, "west/feed-service")).isEqualTo("west/feed-service");
        assertThatThrownBy(() -> targets.check(FaultKind.LINK_LATENCY, "east/feed-service->redis-meta"))
                .isInstanceOf(InvalidFaultException.class);
        assertThatThrownBy(() -> targets.check(FaultKind.SLOW_INSTANCE, "west/feed-service#2"))
                .isInstanceOf(InvalidFaultException.class);
    }

    @Test
    void theLauncherKnowsEveryContainerOfTheComposeFileAndNoOther() {
        Set<String> services = runtime.specs().stream().map(spec -> spec.id().replace('/', '-')).collect(Collectors.toSet());

        assertThat(services).isEqualTo(ComposeFile.load().services().keySet());
    }

    @Test
    void moreThanOneInstanceOfAServiceNeedsTheLocalStack() {
        assertThatThrownBy(() -> runtime(Map.of("feed-service", 2))).hasMessageContaining("local stack");
    }

    @Test
    void membersAreReachedAtTheirContainersAddressesAndTheGatewayAtItsPublishedPort() {
        runtime.start();
        assertThat(runtime.spec("east/redis-counters").orElseThrow().url()).isEqualTo("redis://" + address("east-redis-counters") + ":6379");
        assertThat(runtime.spec("west/upload-service").orElseThrow().url()).isEqualTo("http://" + address("west-upload-service") + ":8080");
        assertThat(runtime.spec("gateway").orElseThrow().url()).isEqualTo("http://127.0.0.1:8080");
    }

    private static List<String> ids(String dc) {
        return List.of(dc + "/redis-meta", dc + "/redis-counters", dc + "/objects", dc + "/link", dc + "/upload-service",
                dc + "/metrics-service", dc + "/feed-service");
    }

    private static ContainerState moved(ContainerState container, String address) {
        return new ContainerState(container.id(), container.service(), container.status(), 0, container.health(), List.of(address));
    }

    private static ContainerState exited(ContainerState container, int code) {
        return new ContainerState(container.id(), container.service(), "exited", code, container.health(), List.of());
    }

    private static String address(String service) {
        return "10.0.0." + (Math.abs(service.hashCode()) % 250 + 1);
    }

    /** Containers that do at once what Compose is asked, each healthy when running. */
    private static final class FakeProject implements ComposeProject {

        final List<String> commands = new ArrayList<>();
        final Map<String, ContainerState> containers = new LinkedHashMap<>();

        ContainerState state(String service) {
            return containers.get(service);
        }

        @Override
        public String name() {
            return "test";
        }

        @Override
        public void up() {
            commands.add("up");
            for (String dc : List.of("east", "west")) {
                for (String member : List.of("redis-meta", "redis-counters", "objects", "link", "upload-service", "metrics-service",
                        "feed-service")) {
                    set(dc + "-" + member, "running", 0);
                }
            }
            set("edge-redis", "running", 0);
            set("gateway", "running", 0);
        }

        @Override
        public void kill(List<String> services) {
            commands.add("kill " + services);
            services.forEach(service -> set(service, "exited", 137));
        }

        @Override
        public void start(List<ContainerState> stopped) {
            List<String> services = stopped.stream().map(ContainerState::service).toList();
            commands.add("start " + services);
            services.forEach(service -> set(service, "running", 0));
        }

        @Override
        public void pause(String service) {
            commands.add("pause " + service);
            set(service, "paused", 0);
        }

        @Override
        public void unpause(String service) {
            commands.add("unpause " + service);
            set(service, "running", 0);
        }

        @Override
        public void down() {
            commands.add("down");
            containers.clear();
        }

        @Override
        public Map<String, ContainerState> containers() {
            return Map.copyOf(containers);
        }

        private void set(String service, String status, int exitCode) {
            List<String> addresses = status.equals("exited") ? List.of() : List.of(address(service));
            containers.put(service, new ContainerState("id-" + service, service, status, exitCode, "healthy", addresses));
        }
    }

    private static final class FakeLinks extends LinkControl {

        final List<String> calls = new ArrayList<>();

        FakeLinks() {
            super("");
        }

        @Override
        void apply(String address, String group, LinkFault fault) {
            calls.add("apply " + address + " " + group + " " + fault.kind().id());
        }

        @Override
        void heal(String address, String group, LinkFault.Kind kind) {
            calls.add("heal " + address + " " + group + " " + kind.id());
        }
    }
}
