package io.reelstorm.metrics;

import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.metrics.testing.ServiceClient;
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

/**
 * The running service against one real Redis from {@link TestStores} that plays both stores, as two
 * logical databases (metadata in 0, counters in 1). Every IT class extending this shares one context.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class MetricsServiceIntegration {

    protected static final Ulid ULID = new Ulid();

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
        return seedVideo(meta, id);
    }

    /** Writes a video into a metadata Redis as upload-service does. */
    public static String seedVideo(RedisStore metaStore, String id) {
        Video video = new Video(id, "clip " + id, "creator_1", 1024, "ab".repeat(32), "video/mp4",
                Instant.now().truncatedTo(ChronoUnit.MILLIS), "east");
        metaStore.sync().hset(CatalogKeys.video(id), video.toHash());
        return id;
    }

    protected ServiceClient client() {
        return new ServiceClient(port);
    }

    protected HttpResponse<String> post(String path, String... headers) {
        return client().post(path, headers);
    }

    protected HttpResponse<String> postJson(String path, String json) {
        return client().postJson(path, json);
    }

    protected HttpResponse<String> get(String path) {
        return client().get(path);
    }

    protected HttpResponse<String> view(String videoId, String... headers) {
        return client().view(videoId, headers);
    }

    protected long views(String videoId) {
        return stats(videoId).get("views").asLong();
    }

    protected JsonNode stats(String videoId) {
        return client().stats(videoId);
    }

    /** Flips a fix at runtime, as the launcher's admin API does. */
    protected void fix(String name, boolean enabled) {
        client().fix(name, enabled);
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return ServiceClient.json(response);
    }

    protected static HttpClient http() {
        return ServiceClient.http();
    }

    protected HttpRequest.Builder request(String path, String... headers) {
        return client().request(path, headers);
    }
}
