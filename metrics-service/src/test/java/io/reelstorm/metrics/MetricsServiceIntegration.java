package io.reelstorm.metrics;

import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service against one real Redis from {@link TestStores} that plays both stores, as two
 * logical databases (metadata in 0, counters in 1). Every IT class extending this shares one context.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class MetricsServiceIntegration {

    protected static final Ulid ULID = new Ulid();

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("redisMetaStore")
    protected RedisStore meta;

    @Autowired
    @Qualifier("redisCountersStore")
    protected RedisStore counters;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("reelstorm.stores.meta.uri", () -> TestStores.redisUri(TestStores.redis()) + "/0");
        registry.add("reelstorm.stores.counters.uri", () -> TestStores.redisUri(TestStores.redis()) + "/1");
    }

    /** A video as upload-service stores it. */
    protected String seedVideo() {
        return seedVideo(ULID.next());
    }

    protected String seedVideo(String id) {
        Video video = new Video(id, "clip " + id, "creator_1", 1024, "ab".repeat(32), "video/mp4",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "east");
        meta.sync().hset(CatalogKeys.video(id), video.toHash());
        return id;
    }

    protected HttpResponse<String> post(String path, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
    }

    protected HttpResponse<String> postJson(String path, String json) {
        return send(request(path, "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    protected HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    protected HttpResponse<String> view(String videoId, String... headers) {
        return post("/api/videos/" + videoId + "/views", headers);
    }

    protected long views(String videoId) {
        HttpResponse<String> stats = get("/api/videos/" + videoId + "/stats");
        if (stats.statusCode() != 200) {
            throw new AssertionError("stats answered " + stats.statusCode() + ": " + stats.body());
        }
        return json(stats).get("views").asLong();
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    protected static HttpClient http() {
        return HTTP;
    }

    protected HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    protected static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
