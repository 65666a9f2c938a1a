package io.reelstorm.gateway.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.GatewayIntegrationTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

class EdgeValidationIT extends GatewayIntegrationTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/videos/not-a-ulid", "/api/videos/not-a-ulid/content", "/api/videos/ZZZZZZZZZZZZZZZZZZZZZZZZZZ/stats",
            "/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FA/views"})
    void aVideoIdThatIsNotAUlidIsA400ThatNoServiceSees(String path) {
        String requestId = newRequestId();
        String method = path.endsWith("/views") ? "POST" : "GET";

        HttpResponse<String> response = gateway.send(gateway.request(path).header("X-Request-Id", requestId)
                .method(method, HttpRequest.BodyPublishers.noBody()));

        JsonNode problem = assertProblem(response, 400, "invalid-video-id");
        assertThat(problem.path("field").asString()).isEqualTo("id");
        assertThat(seen(requestId)).isEmpty();
    }

    @Test
    void aMalformedCreatorIdIsA400ThatNoServiceSees() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get("/api/creators/No-Such-Creator!/videos", "X-Request-Id", requestId);

        assertProblem(response, 400, "invalid-creator-id");
        assertThat(seen(requestId)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/videos/..%2F..%2Fetc%2Fpasswd",
            "/api/videos/%2e%2e/%2e%2e/etc/passwd",
            "/api/videos/%252e%252e/%252e%252e/etc/passwd",
            "/api/videos/%252e%252e%252f%252e%252e%252fetc%252fpasswd",
            "/api/videos/..;/..;/actuator/env",
            "/api/videos/" + VIDEO_ID + "/../../../etc/passwd",
            "/api/../actuator/prometheus"})
    void pathTraversalIsA400AndNeverForwarded(String rawPath) {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get(rawPath, "X-Request-Id", requestId);

        assertProblem(response, 400, "invalid-request");
        assertThat(seen(requestId)).isEmpty();
    }

    @Test
    void traversalIsRefusedEvenWhenTheClientDoesNotNormaliseTheRequestLine() {
        String requestId = newRequestId();

        assertThat(gateway.rawStatus("GET", "/api/videos/../../etc/passwd", requestId)).isEqualTo(400);
        assertThat(gateway.rawStatus("GET", "/api/videos/%2e%2e%2f%2e%2e%2fetc%2fpasswd", requestId)).isEqualTo(400);
        assertThat(seen(requestId)).isEmpty();
    }

    @Test
    void anUnknownPathIsA404Problem() {
        String requestId = newRequestId();

        assertProblem(gateway.get("/api/unknown", "X-Request-Id", requestId), 404, "not-found");
        assertProblem(gateway.get("/api/videos/" + VIDEO_ID + "/", "X-Request-Id", requestId), 404, "not-found");
        assertThat(seen(requestId)).isEmpty();
    }

    @Test
    void aMethodTheContractDoesNotAllowIsA405NamingTheAllowedOnes() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.send(gateway.request("/api/videos/" + VIDEO_ID)
                .header("X-Request-Id", requestId).PUT(HttpRequest.BodyPublishers.ofString("{}")));

        assertProblem(response, 405, "method-not-allowed");
        assertThat(response.headers().firstValue("Allow")).contains("DELETE, GET, HEAD");
        assertThat(seen(requestId)).isEmpty();
    }

    @Test
    void headersOver16KbAreRefusedWith431NeverA5xx() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get("/api/feed", "X-Request-Id", requestId, "X-Padding", "p".repeat(17 * 1024));

        assertThat(response.statusCode()).isEqualTo(431);
        assertThat(seen(requestId)).isEmpty();
    }
}
