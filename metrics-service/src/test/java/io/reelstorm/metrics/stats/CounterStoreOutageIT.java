package io.reelstorm.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.metrics.MetricsServiceIntegration;
import io.reelstorm.metrics.testing.ServiceClient;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import tools.jackson.databind.JsonNode;

/**
 * A counter Redis of its own, stopped once a video has been watched three times (and another never
 * looked at), so that stopping it harms no other test. Each test sets honest-reads as it needs it,
 * at runtime.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@DirtiesContext
class CounterStoreOutageIT {

    private static final String STORE_UNAVAILABLE = "https://reelstorm.dev/problems/store-unavailable";
    private static GenericContainer<?> counterRedis;

    private final Ulid ulid = new Ulid();

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("redisMetaStore")
    RedisStore meta;

    private ServiceClient service;
    private String watched;
    private String neverLookedAt;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        counterRedis = TestStores.start(TestStores.newRedis());
        registry.add("reelstorm.stores.meta.uri", () -> TestStores.redisUri(TestStores.redis()) + "/0");
        registry.add("reelstorm.stores.counters.uri", () -> TestStores.redisUri(counterRedis));
    }

    @BeforeAll
    void watchAVideoThreeTimesThenLoseTheCounterStore() {
        service = new ServiceClient(port);
        watched = MetricsServiceIntegration.seedVideo(meta, ulid.next());
        neverLookedAt = MetricsServiceIntegration.seedVideo(meta, ulid.next());
        for (int i = 0; i < 3; i++) {
            service.acknowledgedView(watched);
        }
        assertThat(service.stats(watched).get("views").asLong()).isEqualTo(3);

        counterRedis.stop();
    }

    @AfterAll
    static void stopTheCounterRedis() {
        counterRedis.stop();
    }

    @Test
    void naivelyStatsAndViewsAnswer503WithRetryAfterAndReadinessFails() {
        service.fix("honest-reads", false);

        for (HttpResponse<String> answer : List.of(service.get("/api/videos/" + watched + "/stats"), service.view(watched),
                service.postJson("/internal/views/counts", "{\"ids\":[\"" + watched + "\"]}"))) {
            assertStoreUnavailable(answer);
        }
        assertThat(service.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        assertThat(service.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void withHonestReadsStatsShowTheLastKnownCountMarkedStale() {
        service.fix("honest-reads", true);

        JsonNode stats = service.stats(watched);

        assertThat(stats.get("views").asLong()).isEqualTo(3);
        assertThat(stats.get("stale").asBoolean()).isTrue();
        assertThat(stats.get("servedBy").asString()).isEqualTo("east/metrics-service#1");
    }

    @Test
    void withHonestReadsACountNobodyKnowsIsNullAndStaleNeverZero() {
        service.fix("honest-reads", true);

        JsonNode stats = service.stats(neverLookedAt);
        HttpResponse<String> counts = service.postJson("/internal/views/counts",
                "{\"ids\":[\"" + watched + "\",\"" + neverLookedAt + "\"]}");

        assertThat(stats.get("views").isNull()).as("views is JSON null").isTrue();
        assertThat(stats.get("stale").asBoolean()).isTrue();
        assertThat(counts.statusCode()).isEqualTo(200);
        assertThat(counts.body()).contains("\"" + neverLookedAt + "\":{\"views\":null,\"stale\":true}")
                .contains("\"" + watched + "\":{\"views\":3,\"stale\":true}");
    }

    @Test
    void withHonestReadsAViewStillCannotBeAcknowledgedWithoutTheStore() {
        service.fix("honest-reads", true);

        assertStoreUnavailable(service.view(watched));
    }

    @Test
    void honestReadsTakeEffectAtRuntimeInBothDirections() {
        service.fix("honest-reads", true);
        assertThat(service.get("/api/videos/" + watched + "/stats").statusCode()).isEqualTo(200);

        service.fix("honest-reads", false);
        assertStoreUnavailable(service.get("/api/videos/" + watched + "/stats"));

        service.fix("honest-reads", true);
        assertThat(service.get("/api/videos/" + watched + "/stats").statusCode()).isEqualTo(200);
    }

    private static void assertStoreUnavailable(HttpResponse<String> answer) {
        assertThat(answer.statusCode()).as(answer.request().uri().toString()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).isPresent();
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(ServiceClient.json(answer).get("type").asString()).isEqualTo(STORE_UNAVAILABLE);
    }
}
