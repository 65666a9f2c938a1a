package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class RetriesAndTimeoutsIT extends GatewayIntegrationTest {

    @Test
    void aGetAnswered500IsTriedFourTimesInAllAndTheLastAnswerPassesThrough() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", requestId, StubService.STATUS, "500");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("from-upload-service");
        assertThat(UPLOAD.requestsWithId(requestId)).hasSize(4);
    }

    @Test
    void aPostAnswered500IsTriedOnce() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.send(gateway.request("/api/videos/" + VIDEO_ID + "/views")
                .header("X-Request-Id", requestId).header(StubService.STATUS, "500")
                .POST(HttpRequest.BodyPublishers.noBody()));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(METRICS.requestsWithId(requestId)).hasSize(1);
    }

    @Test
    void aDeleteAnswered503IsTriedOnce() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.send(gateway.request("/api/videos/" + VIDEO_ID)
                .header("X-Request-Id", requestId).header(StubService.STATUS, "503").DELETE());

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(UPLOAD.requestsWithId(requestId)).hasSize(1);
    }

    @Test
    void aClientErrorIsNotRetried() {
        String requestId = newRequestId();

        gateway.get("/api/feed", "X-Request-Id", requestId, StubService.STATUS, "400");

        assertThat(seen(requestId)).hasSize(1);
    }

    @Test
    void aServiceSlowerThanItsResponseTimeoutIsA504AfterTheNaiveRetries() {
        String requestId = newRequestId();
        long start = System.nanoTime();

        Duration slowerThanTheTimeout = METRICS_RESPONSE_TIMEOUT.multipliedBy(3);
        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID + "/stats",
                "X-Request-Id", requestId, StubService.DELAY_MS, String.valueOf(slowerThanTheTimeout.toMillis()));

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        JsonNode problem = assertProblem(response, 504, "upstream-timeout");
        assertThat(problem.path("service").asString()).isEqualTo("metrics-service");
        assertThat(METRICS.requestsWithId(requestId)).hasSize(4);
        assertThat(took).isGreaterThanOrEqualTo(METRICS_RESPONSE_TIMEOUT.multipliedBy(4)).isLessThan(slowerThanTheTimeout.multipliedBy(4));
    }
}
