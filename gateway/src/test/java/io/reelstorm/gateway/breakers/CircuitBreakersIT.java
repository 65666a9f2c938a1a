package io.reelstorm.gateway.breakers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * metrics-service in {@code east} stops answering in time. Its breaker opens after {@value #MINIMUM_CALLS} calls
 * (scaled down from 10 for the test) and waits {@code BREAKER_WAIT_IN_OPEN_STATE} before it lets probes through.
 */
class CircuitBreakersIT extends GatewayIntegrationTest {

    private static final int MINIMUM_CALLS = BREAKER_MINIMUM_CALLS;
    private static final String STATS = "/api/videos/" + VIDEO_ID + "/stats";
    private static final String SLOWER_THAN_THE_TIMEOUT = String.valueOf(RESILIENT_STATS_TIMEOUT.multipliedBy(3).toMillis());

    @BeforeEach
    void breakersOn() {
        fix(Fix.CIRCUIT_BREAKERS, true);
    }

    @Test
    void eachAttemptIsCutOffAtTheShortTimeoutOfItsRouteNotTheNaiveOne() {
        String requestId = newRequestId();
        long start = System.nanoTime();

        HttpResponse<String> response = gateway.get(STATS, "X-Request-Id", requestId, StubService.DELAY_MS, SLOWER_THAN_THE_TIMEOUT);

        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertProblem(response, 504, "upstream-timeout");
        int attempts = METRICS.requestsWithId(requestId).size();
        assertThat(attempts).isEqualTo(4);
        assertThat(took).isGreaterThanOrEqualTo(RESILIENT_STATS_TIMEOUT.multipliedBy(attempts))
                .isLessThan(METRICS_RESPONSE_TIMEOUT.multipliedBy(attempts));
    }

    @Test
    void aServiceThatTimesOutOpensItsBreakerThenCallsFailFastAndItRecoversThroughHalfOpen() {
        openTheBreakerOfEastMetrics();

        String requestId = newRequestId();
        long start = System.nanoTime();
        HttpResponse<String> fast = gateway.get(STATS, "X-Request-Id", requestId);
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertProblem(fast, 503, "upstream-unavailable");
        assertThat(fast.headers().firstValue("Retry-After")).isPresent();
        assertThat(took).as("failing fast, not waiting for the timeout").isLessThan(RESILIENT_STATS_TIMEOUT);
        assertThat(METRICS.requestsWithId(requestId)).isEmpty();
        assertThat(breakerOfEastMetrics()).isEqualTo("OPEN");
        assertThat(gateway.get("/actuator/prometheus").body().lines())
                .anyMatch(line -> line.startsWith("resilience4j_circuitbreaker_state{") && line.contains("name=\"metrics-service-east\"")
                        && line.contains("state=\"open\"") && line.endsWith(" 1.0"));

        await().atMost(BREAKER_WAIT_IN_OPEN_STATE.multipliedBy(4)).untilAsserted(() ->
                assertThat(breakerOfEastMetrics()).isEqualTo("HALF_OPEN"));
        assertThat(gateway.get(STATS).statusCode()).isEqualTo(200);
        assertThat(gateway.get(STATS).statusCode()).isEqualTo(200);
        assertThat(breakerOfEastMetrics()).isEqualTo("CLOSED");
    }

    @Test
    void withDcFailoverAnOpenBreakerSendsTheCallsToTheOtherDataCenter() {
        openTheBreakerOfEastMetrics();
        fix(Fix.DC_FAILOVER, true);

        HttpResponse<String> response = gateway.get(STATS, "X-Client-Id", clientAtHomeIn("east"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains("west");
    }

    @Test
    void withTheFixOffThereIsNoBreakerAndTheNaiveTimeoutApplies() {
        openTheBreakerOfEastMetrics();
        fix(Fix.CIRCUIT_BREAKERS, false);

        assertThat(gateway.get(STATS).statusCode()).isEqualTo(200);
    }

    /** Naive retries send each slow read four times: one read is enough. */
    private void openTheBreakerOfEastMetrics() {
        for (int call = 0; call < MINIMUM_CALLS && !"OPEN".equals(breakerOfEastMetrics()); call++) {
            gateway.get(STATS, StubService.DELAY_MS, SLOWER_THAN_THE_TIMEOUT);
        }
        assertThat(breakerOfEastMetrics()).isEqualTo("OPEN");
    }

    private String breakerOfEastMetrics() {
        return GatewayClient.json(gateway.get("/internal/routing")).path("instances").valueStream()
                .filter(instance -> instance.path("id").asString().equals("east/metrics-service"))
                .findFirst().orElseThrow().path("breaker").asString();
    }
}
