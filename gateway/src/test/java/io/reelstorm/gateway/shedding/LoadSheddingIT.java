package io.reelstorm.gateway.shedding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * metrics-service may have {@value #LIMIT} requests in flight through the gateway (scaled down for the test). The
 * edge Redis of this context is a closed port: the rate limiter fails open ({@code RateLimitIT} has a real one).
 */
class LoadSheddingIT extends GatewayIntegrationTest {

    private static final int LIMIT = METRICS_MAX_IN_FLIGHT;
    private static final String STATS = "/api/videos/" + VIDEO_ID + "/stats";
    private static final String SLOW_MS = "1000";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void aServiceAtItsConcurrencyLimitIsAFast503WithRetryAfterWhileOtherServicesAreServed() {
        fix(Fix.LOAD_SHEDDING, true);
        List<String> slowIds = IntStream.range(0, LIMIT).mapToObj(i -> newRequestId()).toList();
        List<CompletableFuture<HttpResponse<String>>> slow = slowIds.stream().map(this::slowStats).toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> slowIds.stream().allMatch(id -> !METRICS.requestsWithId(id).isEmpty()));

        String shedId = newRequestId();
        long start = System.nanoTime();
        HttpResponse<String> shed = gateway.get(STATS, "X-Request-Id", shedId);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        JsonNode problem = assertProblem(shed, 503, "overloaded");
        assertThat(problem.path("service").asString()).isEqualTo("metrics-service");
        assertThat(shed.headers().firstValue("Retry-After")).contains("1");
        assertThat(took).isLessThan(Duration.ofMillis(Long.parseLong(SLOW_MS)));
        assertThat(METRICS.requestsWithId(shedId)).isEmpty();
        assertThat(gateway.get("/api/feed").statusCode()).isEqualTo(200);
        assertThat(slow).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        assertThat(gateway.get(STATS).statusCode()).isEqualTo(200);
    }

    @Test
    void withTheFixOffThereIsNoLimit() {
        List<CompletableFuture<HttpResponse<String>>> slow = IntStream.range(0, LIMIT + 1).mapToObj(i -> slowStats(newRequestId())).toList();

        assertThat(slow).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    }

    @Test
    void whileTheEdgeRedisIsDownTheRateLimiterLetsEveryRequestThroughAndSaysSo() {
        fix(Fix.LOAD_SHEDDING, true);

        assertThat(IntStream.range(0, 10).mapToObj(i -> gateway.get("/api/feed", "X-Client-Id", "edge-redis-down")))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));

        assertThat(gateway.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("reelstorm_gateway_rate_limit_unavailable_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))))
                .singleElement().satisfies(count -> assertThat(count).isGreaterThanOrEqualTo(10));
        assertThat(gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
    }

    private CompletableFuture<HttpResponse<String>> slowStats(String requestId) {
        return http.sendAsync(gateway.request(STATS).header("X-Request-Id", requestId).header(StubService.DELAY_MS, SLOW_MS).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
