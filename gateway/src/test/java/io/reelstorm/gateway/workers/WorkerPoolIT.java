package io.reelstorm.gateway.workers;

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

/**
 * The gateway serves {@value #WORKERS} API requests at a time in this context (scaled down), with as many more waiting
 * in line: slow calls to one service hold places every other route needs.
 */
class WorkerPoolIT extends GatewayIntegrationTest {

    private static final String STATS = "/api/videos/" + VIDEO_ID + "/stats";
    private static final String METADATA = "/api/videos/" + VIDEO_ID;
    private static final String SLOW_MS = "1000";

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Test
    void slowCallsToOneServiceMakeACallToAnotherWaitForAPlace() {
        List<CompletableFuture<HttpResponse<String>>> slow = slowStatsFillingEveryWorker();

        String waitingId = newRequestId();
        CompletableFuture<HttpResponse<String>> metadata = send(METADATA, waitingId, null);

        await().during(Duration.ofMillis(300)).atMost(Duration.ofSeconds(1)).until(() -> UPLOAD.requestsWithId(waitingId).isEmpty());
        assertThat(metadata.join().statusCode()).isEqualTo(200);
        assertThat(slow).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    }

    @Test
    void aClientThatGivesUpDoesNotFreeItsPlaceBeforeTheServiceHasAnswered() {
        List<String> ids = IntStream.range(0, WORKERS).mapToObj(i -> newRequestId()).toList();
        List<CompletableFuture<HttpResponse<String>>> abandoned = ids.stream()
                .map(id -> http.sendAsync(gateway.request(STATS).header("X-Request-Id", id).header(StubService.DELAY_MS, SLOW_MS)
                        .timeout(Duration.ofMillis(200)).GET().build(), HttpResponse.BodyHandlers.ofString()))
                .toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> abandoned.stream().allMatch(CompletableFuture::isDone));

        String waitingId = newRequestId();
        CompletableFuture<HttpResponse<String>> metadata = send(METADATA, waitingId, null);

        await().during(Duration.ofMillis(300)).atMost(Duration.ofMillis(500)).until(() -> UPLOAD.requestsWithId(waitingId).isEmpty());
        assertThat(metadata.join().statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("reelstorm_gateway_workers_busy") == 0);
    }

    @Test
    void whenTheLineIsFullTooARequestIsRefusedWith503AndRetryAfter() {
        List<CompletableFuture<HttpResponse<String>>> slow = slowStatsFillingEveryWorker();
        List<CompletableFuture<HttpResponse<String>>> waiting = IntStream.range(0, WORKERS)
                .mapToObj(i -> send(METADATA, newRequestId(), null)).toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("reelstorm_gateway_workers_waiting") == WORKERS);

        HttpResponse<String> refused = gateway.get(METADATA);

        assertProblem(refused, 503, "upstream-unavailable");
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(waiting).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
        assertThat(slow).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    }

    @Test
    void withLoadSheddingOneSlowServiceCannotFillTheWorkersAndOtherRoutesGoStraightThrough() {
        fix(Fix.LOAD_SHEDDING, true);
        List<CompletableFuture<HttpResponse<String>>> slow = IntStream.range(0, WORKERS)
                .mapToObj(i -> send(STATS, newRequestId(), SLOW_MS)).toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> gauge("reelstorm_gateway_workers_busy") == METRICS_MAX_IN_FLIGHT);

        String straightId = newRequestId();
        CompletableFuture<HttpResponse<String>> metadata = send(METADATA, straightId, null);

        await().atMost(Duration.ofMillis(1000)).until(() -> !UPLOAD.requestsWithId(straightId).isEmpty());
        assertThat(metadata.join().statusCode()).isEqualTo(200);
        assertThat(slow.stream().map(response -> response.join().statusCode()))
                .containsOnly(200, 503)
                .filteredOn(status -> status == 200).hasSize(METRICS_MAX_IN_FLIGHT);
    }

    @Test
    void theGatewaysOwnEndpointsDoNotNeedAPlace() {
        List<CompletableFuture<HttpResponse<String>>> slow = slowStatsFillingEveryWorker();

        assertThat(gateway.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
        assertThat(slow).allSatisfy(response -> assertThat(response.join().statusCode()).isEqualTo(200));
    }

    private List<CompletableFuture<HttpResponse<String>>> slowStatsFillingEveryWorker() {
        List<String> ids = IntStream.range(0, WORKERS).mapToObj(i -> newRequestId()).toList();
        List<CompletableFuture<HttpResponse<String>>> slow = ids.stream().map(id -> send(STATS, id, SLOW_MS)).toList();
        await().atMost(Duration.ofSeconds(5)).until(() -> ids.stream().allMatch(id -> !METRICS.requestsWithId(id).isEmpty()));
        return slow;
    }

    private CompletableFuture<HttpResponse<String>> send(String path, String requestId, String delayMs) {
        var request = gateway.request(path).header("X-Request-Id", requestId);
        if (delayMs != null) {
            request.header(StubService.DELAY_MS, delayMs);
        }
        return http.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private double gauge(String name) {
        return gateway.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                .sum();
    }
}
