package io.reelstorm.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.ProblemAssertions;
import io.reelstorm.upload.support.SampleVideos;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** With its stores unreachable the service still starts: alive, not ready, and honest about failures. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "reelstorm.stores.meta.uri=redis://127.0.0.1:9",
        "reelstorm.objects.endpoint=http://127.0.0.1:9",
        "reelstorm.objects.connect-timeout=500ms",
        "reelstorm.views.metrics-url=http://127.0.0.1:9"})
class StartsWithoutStoresIT {

    @LocalServerPort
    int port;

    @Test
    void theServiceIsAliveButNotReady() {
        Api api = new Api(port);

        assertThat(api.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(api.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
        JsonNode readiness = Api.json(api.get("/actuator/health/readiness"));
        assertThat(readiness.get("components").get("objectStore").get("status").asString()).isEqualTo("DOWN");
        assertThat(readiness.get("components").get("redisMeta").get("status").asString()).isEqualTo("DOWN");
    }

    @Test
    void anUploadAnswersServiceUnavailableInsteadOfAServerError() {
        Api api = new Api(port);

        ProblemAssertions.assertProblem(api.upload("ana_99", null, Multipart.form()
                .field("title", "Nowhere to go")
                .file("file", "a.mp4", "video/mp4", SampleVideos.mp4(1000, 61))), 503, "store-unavailable");
    }
}
