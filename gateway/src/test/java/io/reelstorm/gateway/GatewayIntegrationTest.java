package io.reelstorm.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The gateway with real HTTP services behind it: one instance of upload-service and metrics-service and two of
 * feed-service in {@code east}, and one {@link #WEST} instance of every service that naive routing must never
 * use. metrics-service has a short response timeout, for the timeout tests. Every integration test class extends this one, so they share one Spring context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
public abstract class GatewayIntegrationTest {

    protected static final String VIDEO_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    protected static final Duration METRICS_RESPONSE_TIMEOUT = Duration.ofMillis(1500);

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
    }

    private static void instance(DynamicPropertyRegistry registry, String service, int index, String dc, StubService stub) {
        String prefix = "reelstorm.gateway.services." + service + ".instances[" + index + "].";
        registry.add(prefix + "dc", () -> dc);
        registry.add(prefix + "url", stub::url);
    }

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
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

    protected static JsonNode assertProblem(HttpResponse<String> response, int status, String typeSlug) {
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
