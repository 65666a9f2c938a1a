package io.reelstorm.upload.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.SampleVideos;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The view count of {@code GET /api/videos/{id}} while metrics-service is unreachable, as the
 * runtime fixes {@code honest-reads} and {@code circuit-breakers} are flipped through
 * {@code PUT /internal/fixes/{name}}.
 */
class ViewCountsIT extends AbstractUploadServiceIT {

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void naiveAgain() {
        fix("honest-reads", false);
        fix("circuit-breakers", false);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void anUnknownCountReadsAsZeroWithoutHonestReadsAndAsNullAndStaleWithIt() {
        String id = uploaded("Counted?", "a.mp4", SampleVideos.mp4(1000, 401)).get("id").asString();

        JsonNode naive = Api.json(api.get("/api/videos/" + id));
        fix("honest-reads", true);
        HttpResponse<byte[]> honestResponse = api.get("/api/videos/" + id);
        JsonNode honest = Api.json(honestResponse);
        fix("honest-reads", false);
        JsonNode naiveAgain = Api.json(api.get("/api/videos/" + id));

        assertThat(naive.get("views").asLong()).isZero();
        assertThat(naive.get("stale").asBoolean()).isFalse();
        assertThat(honestResponse.statusCode()).isEqualTo(200);
        assertThat(new String(honestResponse.body())).contains("\"views\":null");
        assertThat(honest.get("views").isNull()).isTrue();
        assertThat(honest.get("stale").asBoolean()).isTrue();
        assertThat(honest.get("title").asString()).isEqualTo("Counted?");
        assertThat(naiveAgain.get("views").asLong()).isZero();
        assertThat(naiveAgain.get("stale").asBoolean()).isFalse();
    }

    @Test
    void withCircuitBreakersTheMetricsServiceBreakerOpensAndItsStateIsExported() {
        String id = uploaded("Breaker", "a.mp4", SampleVideos.mp4(1000, 402)).get("id").asString();
        fix("circuit-breakers", true);

        for (int read = 0; read < 10 && breakers.circuitBreaker("metrics-service").getState() != CircuitBreaker.State.OPEN; read++) {
            assertThat(api.get("/api/videos/" + id).statusCode()).isEqualTo(200);
        }
        JsonNode video = Api.json(api.get("/api/videos/" + id));

        assertThat(breakers.circuitBreaker("metrics-service").getState()).isEqualTo(CircuitBreaker.State.OPEN);
        assertThat(video.get("views").asLong()).as("the naive strategy's fallback").isZero();
        assertThat(new String(api.get("/actuator/prometheus").body()))
                .containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"metrics-service\"[^}]*state=\"open\"[^}]*} 1\\.0");
    }

    private void fix(String name, boolean enabled) {
        HttpResponse<byte[]> answer = api.send(api.request("/internal/fixes/" + name)
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))
                .build());
        assertThat(answer.statusCode()).as(new String(answer.body())).isEqualTo(200);
    }
}
