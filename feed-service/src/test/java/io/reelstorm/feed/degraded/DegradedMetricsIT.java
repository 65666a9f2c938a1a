package io.reelstorm.feed.degraded;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.reelstorm.feed.FeedServiceIntegration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * The feed while metrics-service hangs or is down, with the {@code circuit-breakers} and
 * {@code honest-reads} fixes off and flipped on at runtime ({@code PUT /internal/fixes/{name}}).
 * The tests' naive timeouts are 2 s each (trending list, view counts).
 */
class DegradedMetricsIT extends FeedServiceIntegration {

    private static final Duration NAIVE_TIMEOUT = Duration.ofSeconds(2);

    @Autowired
    CircuitBreakerRegistry breakers;

    @AfterEach
    void naiveAgain() {
        fix("circuit-breakers", false);
        fix("honest-reads", false);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void withoutCircuitBreakersEveryFeedPageWaitsOutAHangingMetricsService() {
        upload(3, "ana_99");

        METRICS.hanging(() -> {
            Timed page = timed("/api/feed");

            assertThat(page.response().statusCode()).isEqualTo(200);
            assertThat(page.took()).as("the naive timeout is waited out").isGreaterThanOrEqualTo(NAIVE_TIMEOUT.minusMillis(100));
            assertThat(json(page.response()).get("items").get(0).get("views").asLong()).isZero();
        });
    }

    @Test
    void withCircuitBreakersTheFeedAnswersFastOnceTheBreakerIsOpen() {
        List<String> videos = upload(3, "ana_99");
        fix("circuit-breakers", true);

        METRICS.hanging(() -> {
            for (int page = 0; page < 5 && breaker().getState() != CircuitBreaker.State.OPEN; page++) {
                Timed guarded = timed("/api/feed");
                assertThat(guarded.took()).as("each call is cut short by the time limiter").isLessThan(NAIVE_TIMEOUT);
            }
            assertThat(breaker().getState()).isEqualTo(CircuitBreaker.State.OPEN);

            Timed page = timed("/api/feed");

            assertThat(page.response().statusCode()).isEqualTo(200);
            assertThat(page.took()).as("an open breaker costs nothing").isLessThan(Duration.ofSeconds(1));
            JsonNode first = json(page.response()).get("items").get(0);
            assertThat(first.get("id").asString()).isEqualTo(videos.get(2));
            assertThat(first.get("views").asLong()).as("the naive reader's fallback").isZero();
        });
    }

    @Test
    void theBreakerStateIsExportedToPrometheus() {
        fix("circuit-breakers", true);
        METRICS.hanging(() -> {
            upload(1, "ana_99");
            for (int page = 0; page < 5 && breaker().getState() != CircuitBreaker.State.OPEN; page++) {
                get("/api/feed");
            }
        });

        String prometheus = get("/actuator/prometheus").body();

        assertThat(prometheus).containsPattern("resilience4j_circuitbreaker_state\\{[^}]*name=\"metrics-service\"[^}]*state=\"open\"[^}]*} 1\\.0");
    }

    @Test
    void withHonestReadsAnUnknownCountIsShownAsNullAndStaleInsteadOfZero() {
        upload(1, "ana_99");
        fix("honest-reads", true);
        AtomicReference<JsonNode> item = new AtomicReference<>();

        METRICS.unplugged(() -> item.set(json(get("/api/feed")).get("items").get(0)));

        assertThat(item.get().get("views").isNull()).as(item.get().toString()).isTrue();
        assertThat(item.get().get("stale").asBoolean()).isTrue();
    }

    @Test
    void withHonestReadsTheLastKnownCountIsShownStaleWhileMetricsServiceIsDown() {
        String video = upload(1, "ana_99").getFirst();
        METRICS.views(video, 9);
        get("/api/feed");
        fix("honest-reads", true);
        AtomicReference<JsonNode> item = new AtomicReference<>();

        METRICS.unplugged(() -> item.set(json(get("/api/creators/ana_99/videos")).get("items").get(0)));

        assertThat(item.get().get("views").asLong()).isEqualTo(9);
        assertThat(item.get().get("stale").asBoolean()).isTrue();
    }

    private CircuitBreaker breaker() {
        return breakers.circuitBreaker("metrics-service");
    }

    private Timed timed(String path) {
        long started = System.nanoTime();
        HttpResponse<String> response = get(path);
        return new Timed(response, Duration.ofNanos(System.nanoTime() - started));
    }

    private void fix(String name, boolean enabled) {
        try {
            HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/internal/fixes/" + name))
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Timed(HttpResponse<String> response, Duration took) {
    }
}
