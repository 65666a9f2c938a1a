package io.reelstorm.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.gateway.loadbalancing.HomeDc;
import io.reelstorm.gateway.loadbalancing.RoutingState;
import io.reelstorm.gateway.routing.ContractRoutes;
import io.reelstorm.gateway.support.ClosedPort;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway with real HTTP services behind it: one instance of upload-service and metrics-service and two of
 * feed-service in {@code east}, and one {@link #WEST} instance of every service that naive routing must never
 * use. metrics-service has a short response timeout, for the timeout tests. Every integration test class extends this one, so they share one Spring context.
 * The resilience settings are scaled down so that the tests of the fixes take seconds (health checks every 250 ms,
 * breakers that open after 4 calls and wait 1 s, metrics-service limited to 2 requests in flight, 4 workers with a
 * line of 4), and the edge Redis
 * is a closed port (the rate limiter fails open; {@code RateLimitIT} has a real one). After every test the gateway is
 * naive again: no fix on, {@code east} active, no skew, every breaker closed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTest {

    protected static final String VIDEO_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    protected static final Duration METRICS_RESPONSE_TIMEOUT = Duration.ofMillis(1500);
    protected static final Duration RESILIENT_STATS_TIMEOUT = Duration.ofMillis(500);
    protected static final Duration BREAKER_WAIT_IN_OPEN_STATE = Duration.ofSeconds(1);
    protected static final int BREAKER_MINIMUM_CALLS = 4;
    protected static final int METRICS_MAX_IN_FLIGHT = 2;
    protected static final int WORKERS = 4;
    /** Enough for every safe-retries test before the storm, which runs last and empties it. */
    protected static final int RETRY_BUDGET_TOKENS = 20;

    protected static final StubService UPLOAD = StubService.start("upload-service",
            "/api/videos", "/api/videos/{id}", "/api/videos/{id}/content");
    protected static final StubService METRICS = StubService.start("metrics-service",
            "/api/videos/{id}/views", "/api/videos/{id}/stats");
    protected static final StubService FEED_1 = StubService.start("feed-service",
            "/api/feed", "/api/creators/{creatorId}/videos");
    protected static final StubService FEED_2 = StubService.start("feed-service",
            "/api/feed", "/api/creators/{creatorId}/videos");
    protected static final StubService WEST = StubService.start("west");
    protected static final List<StubService> ALL = List.of(UPLOAD, METRICS, FEED_1, FEED_2, WEST);

    @LocalServerPort
    private int port;

    protected GatewayClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        instance(registry, "upload-service", 0, "east", UPLOAD);
        instance(registry, "upload-service", 1, "west", WEST);
        instance(registry, "metrics-service", 0, "west", WEST);
        instance(registry, "metrics-service", 1, "east", METRICS);
        instance(registry, "feed-service", 0, "east", FEED_1);
        instance(registry, "feed-service", 1, "west", WEST);
        instance(registry, "feed-service", 2, "east", FEED_2);
        registry.add("reelstorm.gateway.services.metrics-service.response-timeout", () -> METRICS_RESPONSE_TIMEOUT.toMillis() + "ms");
        registry.add("reelstorm.gateway.health.interval", () -> "250ms");
        // Generous: a stub that is up must never look down on a busy machine; a stopped one is refused at once.
        registry.add("reelstorm.gateway.health.timeout", () -> "1s");
        registry.add("reelstorm.gateway.resilient-timeouts.stats", () -> RESILIENT_STATS_TIMEOUT.toMillis() + "ms");
        registry.add("reelstorm.gateway.rate-limit.redis-uri", () -> "redis://127.0.0.1:" + ClosedPort.find());
        String breakers = "resilience4j.circuitbreaker.configs.upstream.";
        registry.add(breakers + "sliding-window-size", () -> BREAKER_MINIMUM_CALLS);
        registry.add(breakers + "minimum-number-of-calls", () -> BREAKER_MINIMUM_CALLS);
        registry.add(breakers + "wait-duration-in-open-state", () -> BREAKER_WAIT_IN_OPEN_STATE.toMillis() + "ms");
        registry.add(breakers + "permitted-number-of-calls-in-half-open-state", () -> 2);
        registry.add("resilience4j.bulkhead.instances.metrics-service.max-concurrent-calls", () -> METRICS_MAX_IN_FLIGHT);
        // Fixed limits, so that the shedding tests know when a service is full; AdaptiveLimitTest covers the sizing.
        registry.add("reelstorm.gateway.load-shedding.adaptive.enabled", () -> false);
        registry.add("reelstorm.gateway.safe-retries.budget.max-tokens", () -> RETRY_BUDGET_TOKENS);
        registry.add("reelstorm.gateway.workers.size", () -> WORKERS);
        registry.add("reelstorm.gateway.workers.max-waiting", () -> WORKERS);
    }

    private static void instance(DynamicPropertyRegistry registry, String service, int index, String dc, StubService stub) {
        String prefix = "reelstorm.gateway.services." + service + ".instances[" + index + "].";
        registry.add(prefix + "dc", () -> dc);
        registry.add(prefix + "url", stub::url);
    }

    @Autowired
    private FixSwitches fixes;
    @Autowired
    private RoutingState routing;
    @Autowired
    private CircuitBreakerRegistry breakers;

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    @AfterEach
    void naiveAgain() {
        for (Fix fix : Fix.values()) {
            fixes.set(fix, false);
        }
        routing.failover("east");
        ContractRoutes.SERVICES.forEach(routing::heal);
        breakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    /** Turns a fix on or off through the control surface, as the launcher does. */
    protected void fix(Fix fix, boolean enabled) {
        HttpResponse<String> response = gateway.send(gateway.request("/internal/fixes/" + fix.id())
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":" + enabled + "}")));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** A client id whose home data center ({@link HomeDc}) is {@code dc}. */
    protected static String clientAtHomeIn(String dc) {
        for (int i = 0; ; i++) {
            String clientId = "client-" + dc + "-" + i;
            if (HomeDc.of(clientId, List.of("east", "west")).equals(dc)) {
                return clientId;
            }
        }
    }

    protected static String newRequestId() {
        return "it-" + UUID.randomUUID();
    }

    /** Every request any stub received with this request id. */
    protected static List<StubService.Request> seen(String requestId, StubService... stubs) {
        return Arrays.stream(stubs.length == 0 ? ALL.toArray(StubService[]::new) : stubs)
                .flatMap(stub -> stub.requestsWithId(requestId).stream())
                .toList();
    }

    public static JsonNode assertProblem(HttpResponse<String> response, int status, String typeSlug) {
        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = GatewayClient.json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://reelstorm.dev/problems/" + typeSlug);
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(response.body()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(response.headers().firstValue("X-Request-Id")).isPresent();
        return problem;
    }
}
