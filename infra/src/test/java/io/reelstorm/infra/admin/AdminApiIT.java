package io.reelstorm.infra.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.common.admin.AdminException;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.faults.FaultInjector;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.local.StackRuntime;
import io.reelstorm.infra.local.SupervisorStatus;
import io.reelstorm.infra.stack.Launchers;
import io.reelstorm.infra.stack.Ports;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The admin API over a stack whose link proxies run but whose processes are not started: what it
 * accepts, how it refuses, and that link faults reach every proxy of the link named.
 */
class AdminApiIT {

    /** Below the ephemeral port range (32768+), clear of the test stacks at +10000 and +20000. */
    private static final int OFFSET = 21_000;

    @TempDir
    static Path home;

    private static StackRuntime runtime;
    private static FaultInjector faults;
    private static ConfigurableApplicationContext api;
    private static AdminToken token;
    private static int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Launchers launchers = new Launchers() {
            @Override
            public List<String> redisServer() {
                return List.of("redis-server");
            }

            @Override
            public List<String> s3proxy(Path properties) {
                return List.of("s3proxy");
            }

            @Override
            public List<String> javaApp(String app, String processId) {
                return List.of("java", "-jar", app + ".jar");
            }
        };
        StackHome stackHome = new StackHome(home);
        token = AdminToken.create(stackHome.adminTokenFile());
        runtime = new StackRuntime(new StackOptions(Ports.DATA_CENTERS, OFFSET, Map.of(), EnumSet.noneOf(Fix.class)),
                options -> new Topology(options, stackHome, launchers, "secret"), token.value());
        runtime.openLinks();
        faults = new FaultInjector(runtime, new ServiceControl(token.value()), Clock.systemUTC());
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        SupervisorStatus status = new SupervisorStatus("http://127.0.0.1:18080", "http://127.0.0.1:" + port);
        api = AdminApi.start(port, token, runtime, faults, new ServiceControl(token.value()), new StackView(runtime, faults, status));
    }

    @AfterAll
    static void stop() {
        api.close();
        faults.close();
        runtime.stopAll();
    }

    @AfterEach
    void healEverything() {
        faults.healAll();
    }

    private AdminClient admin() {
        return new AdminClient("http://127.0.0.1:" + port, token.value());
    }

    @Test
    void withoutTheTokenEverythingIsA401Problem() throws Exception {
        HttpResponse<String> none = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/state")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("problem+json"));

        assertThatThrownBy(() -> new AdminClient("http://127.0.0.1:" + port, "wrong").state())
                .isInstanceOfSatisfying(AdminException.class, e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void theStateNamesBothDataCentersTheLinksTheFixesAndTheFaults() {
        Map<String, Object> state = admin().state();

        assertThat(state).containsEntry("mode", "naive").containsKeys("gatewayUrl", "adminUrl", "dataCenters", "links", "faults");
        Map<String, Object> dataCenters = map(state.get("dataCenters"));
        assertThat(dataCenters).containsKeys("east", "west");
        assertThat(map(dataCenters.get("east"))).containsKeys("redis-meta", "redis-counters", "objects",
                "upload-service", "metrics-service", "feed-service");
        assertThat(map(state.get("links"))).containsKeys("gateway-east", "gateway-west", "east-west", "east/feed-service->redis-meta");
    }

    @Test
    void aLinkFaultReachesEveryProxyOfTheLinkAndHealsByIdOrByItself() throws Exception {
        Map<String, Object> fault = admin().injectFault("link-latency", "gateway-east", Map.of("ms", 800, "jitter", 200), null);

        assertThat(fault.get("id")).isNotNull();
        assertThat(runtime.linkGroup("gateway-east")).hasSize(3).allSatisfy(link -> assertThat(link.faults()).hasSize(1));
        assertThat(runtime.linkGroup("gateway-west")).allSatisfy(link -> assertThat(link.faults()).isEmpty());

        admin().heal((String) fault.get("id"));
        assertThat(runtime.linkGroup("gateway-east")).allSatisfy(link -> assertThat(link.faults()).isEmpty());

        admin().injectFault("link-partition", "east-west", Map.of(), "300ms");
        assertThat(runtime.linkGroup("east-west")).allSatisfy(link -> assertThat(link.faults()).isNotEmpty());
        Thread.sleep(1_000);
        assertThat(runtime.linkGroup("east-west")).allSatisfy(link -> assertThat(link.faults()).isEmpty());
        assertThat(faults.active()).isEmpty();
    }

    @Test
    void badFaultsAreRefusedNamingTheField() {
        assertRefused(() -> admin().injectFault("meteor-strike", "east", Map.of(), null), 400, "kind");
        assertRefused(() -> admin().injectFault("power-loss", "north", Map.of(), null), 400, "target");
        assertRefused(() -> admin().injectFault("store-outage", "east/feed-service", Map.of(), null), 400, "target");
        assertRefused(() -> admin().injectFault("link-latency", "gateway-east", Map.of(), null), 400, "options.ms");
        assertRefused(() -> admin().injectFault("link-latency", "gateway-east", Map.of("ms", -3), null), 400, "options.ms");
        assertRefused(() -> admin().injectFault("link-loss", "gateway-east", Map.of("percent", 30, "ms", 5), null), 400, "options.ms");
        assertRefused(() -> admin().injectFault("link-reset", "nowhere-link", Map.of(), null), 400, "target");
        assertRefused(() -> admin().injectFault("link-reset", "gateway-east", Map.of(), "soon"), 400, "for");
        assertRefused(() -> admin().heal("f999"), 404, "id");
    }

    @Test
    void fixesThatNeedARestartAreRefusedWith409AndUnknownOnesWith400() {
        assertRefused(() -> admin().setFix("durable-stores", true), 409, "name");
        assertRefused(() -> admin().setFix("magic", true), 400, "name");
    }

    @Test
    void aRuntimeFixIsRecordedEvenWhileInstancesAreDown() {
        Map<String, Object> result = admin().setFix("honest-reads", true);

        assertThat((List<?>) result.get("unreachable")).isNotEmpty();
        assertThat(runtime.fixes()).contains(Fix.HONEST_READS);
        assertThat(admin().state()).containsEntry("mode", "custom");
        admin().setFix("honest-reads", false);
    }

    @Test
    void failoverNeedsAKnownDataCenter() {
        assertRefused(() -> admin().failover("north"), 400, "dc");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object json) {
        return (Map<String, Object>) json;
    }

    private static void assertRefused(Runnable call, int status, String field) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AdminException.class, e -> {
            assertThat(e.status()).isEqualTo(status);
            assertThat(e.problem()).containsEntry("field", field);
            assertThat(String.valueOf(e.problem().get("type"))).startsWith("https://reelstorm.dev/problems/");
        });
    }

}
