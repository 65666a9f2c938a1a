package io.reelstorm.feed;

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
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running service against a real metadata Redis from {@link TestStores} and the
 * {@link MetricsStub}. Every IT class extending this shares one context; each test starts from an
 * empty catalogue.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reelstorm.feed.cursor-secret=integration-test-cursor-secret-0123456789",
        "reelstorm.feed.dashboard-limit=5",
        "reelstorm.views.timeout=2s",
        "reelstorm.feed.trending-timeout=2s"})
public abstract class FeedServiceIntegration {

    protected static final String CURSOR_SECRET = "integration-test-cursor-secret-0123456789";
    protected static final MetricsStub METRICS = new MetricsStub();

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Ulid ULID = new Ulid();

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("redisMetaStore")
    protected RedisStore meta;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("reelstorm.stores.meta.uri", () -> TestStores.redisUri(TestStores.redis()));
        registry.add("reelstorm.views.metrics-url", METRICS::url);
    }

    @BeforeEach
    void emptyCatalogue() {
        meta.sync().flushdb();
        METRICS.reset();
    }

    /** Videos as upload-service stores them, oldest first. */
    protected List<String> upload(int count, String creatorId) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String id = ULID.next();
            Video video = new Video(id, "clip " + i, creatorId, 1024, "ab".repeat(32), "video/mp4",
                    Instant.now().truncatedTo(ChronoUnit.MILLIS), "east");
            meta.sync().hset(CatalogKeys.video(id), video.toHash());
            meta.sync().zadd(CatalogKeys.RECENT, 0, id);
            meta.sync().zadd(CatalogKeys.creator(creatorId), 0, id);
            ids.add(id);
        }
        return ids;
    }

    /** Deletes a video as upload-service does. */
    protected void delete(String id, String creatorId) {
        meta.sync().del(CatalogKeys.video(id));
        meta.sync().zrem(CatalogKeys.RECENT, id);
        meta.sync().zrem(CatalogKeys.creator(creatorId), id);
    }

    protected HttpResponse<String> get(String path) {
        try {
            return HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    protected static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    protected static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("items").values().forEach(item -> ids.add(item.get("id").asString()));
        return ids;
    }
}
