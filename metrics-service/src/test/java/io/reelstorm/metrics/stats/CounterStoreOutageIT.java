package io.reelstorm.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import tools.jackson.databind.json.JsonMapper;

/** A counter Redis of its own, so that stopping it harms no other test. */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CounterStoreOutageIT {

    private static GenericContainer<?> counterRedis;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("redisMetaStore")
    RedisStore meta;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        counterRedis = TestStores.newRedis();
        counterRedis.start();
        registry.add("reelstorm.stores.meta.uri", () -> TestStores.redisUri(TestStores.redis()) + "/0");
        registry.add("reelstorm.stores.counters.uri", () -> TestStores.redisUri(counterRedis));
    }

    @AfterAll
    static void stopTheCounterRedis() {
        counterRedis.stop();
    }

    @Test
    void withTheCounterRedisGoneStatsAndViewsAnswer503WithRetryAfterAndReadinessFails() throws Exception {
        String video = new Ulid().next();
        meta.sync().hset(CatalogKeys.video(video),
                new Video(video, "t", "creator_1", 1, "ab".repeat(32), "video/mp4", Instant.now(), "east").toHash());
        assertThat(send(post(video)).statusCode()).isEqualTo(202);

        counterRedis.stop();

        for (HttpRequest request : new HttpRequest[] {get("/api/videos/" + video + "/stats"), post(video)}) {
            HttpResponse<String> answer = send(request);
            assertThat(answer.statusCode()).as(request.uri().toString()).isEqualTo(503);
            assertThat(answer.headers().firstValue("Retry-After")).isPresent();
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(JsonMapper.shared().readTree(answer.body()).get("type").asString())
                    .isEqualTo("https://reelstorm.dev/problems/store-unavailable");
        }
        assertThat(send(get("/actuator/health/readiness")).statusCode()).isEqualTo(503);
        assertThat(send(get("/actuator/health/liveness")).statusCode()).isEqualTo(200);
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build();
    }

    private HttpRequest post(String video) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/videos/" + video + "/views"))
                .POST(HttpRequest.BodyPublishers.noBody()).build();
    }

    private static HttpResponse<String> send(HttpRequest request) throws Exception {
        try (HttpClient http = HttpClient.newHttpClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }
}
