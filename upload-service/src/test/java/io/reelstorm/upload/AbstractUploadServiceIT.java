package io.reelstorm.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioAsyncClient;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.upload.storage.ObjectStore;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.StoreSnapshot;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The service on a random port against real Redis and S3Proxy from {@link TestStores}. Every
 * integration test class extends it unchanged, so they all share one application context.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reelstorm.upload.max-size=8MB",
        "reelstorm.objects.part-size=5MB",
        // Nothing listens there: today's naive view-count strategy shows 0 views, not stale.
        "reelstorm.views.metrics-url=http://127.0.0.1:9",
        "reelstorm.views.connect-timeout=500ms"})
public abstract class AbstractUploadServiceIT {

    protected static final String CREATOR = "ana_99";

    @LocalServerPort
    protected int port;

    @Autowired
    @Qualifier("redisMetaStore")
    protected RedisStore meta;

    @Autowired
    protected MinioAsyncClient minio;

    @Autowired
    protected ObjectStore objectStore;

    @Autowired
    protected MeterRegistry meters;

    protected Api api;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) {
        registry.add("reelstorm.stores.meta.uri", () -> TestStores.redisUri(TestStores.redis()));
        registry.add("reelstorm.objects.endpoint", () -> TestStores.s3Endpoint(TestStores.s3()));
        registry.add("reelstorm.objects.access-key", () -> TestStores.S3_ACCESS_KEY);
        registry.add("reelstorm.objects.secret-key", () -> TestStores.S3_SECRET_KEY);
    }

    @BeforeEach
    void client() {
        api = new Api(port);
        objectStore.ensureBucket();
    }

    protected StoreSnapshot snapshot() {
        return StoreSnapshot.take(meta, minio, objectStore.bucket());
    }

    /** Uploads a file and returns the created video's JSON, asserting the 201. */
    protected JsonNode uploaded(String title, String filename, byte[] content) {
        HttpResponse<byte[]> response = api.upload(CREATOR, null, Multipart.form()
                .field("title", title)
                .file("file", filename, "application/octet-stream", content));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
        return Api.json(response);
    }

    /** How many uploads ended so far, whatever their outcome. */
    protected double uploadsFinished() {
        return meters.find("reelstorm.uploads").counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Waits until the service has finished with {@code count} more uploads than {@code before}. */
    protected void awaitUploadsFinished(double before, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (uploadsFinished() < before + count) {
            assertThat(Instant.now()).as("upload still running on the server").isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
