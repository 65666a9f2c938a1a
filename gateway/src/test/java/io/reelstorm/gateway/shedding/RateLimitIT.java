package io.reelstorm.gateway.shedding;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.routing.ContractRoutes;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * The per-client rate limit against a real edge Redis, at one request per second with bursts of {@value #BURST}. Its
 * own context (the others have no Redis), closed afterwards.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class RateLimitIT {

    private static final int BURST = 3;
    private static final StubService SERVICES = StubService.start("every-service");

    @LocalServerPort
    private int port;
    @Autowired
    private FixSwitches fixes;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void edge(DynamicPropertyRegistry registry) {
        for (String service : ContractRoutes.SERVICES) {
            registry.add("reelstorm.gateway.services." + service + ".instances[0].dc", () -> "east");
            registry.add("reelstorm.gateway.services." + service + ".instances[0].url", SERVICES::url);
        }
        registry.add("reelstorm.gateway.rate-limit.redis-uri", () -> TestStores.redisUri(TestStores.redis()));
        registry.add("reelstorm.gateway.rate-limit.replenish-rate", () -> 1);
        registry.add("reelstorm.gateway.rate-limit.burst-capacity", () -> BURST);
    }

    @BeforeEach
    void loadSheddingOn() {
        gateway = new GatewayClient(port);
        fixes.set(Fix.LOAD_SHEDDING, true);
    }

    @AfterEach
    void naiveAgain() {
        fixes.set(Fix.LOAD_SHEDDING, false);
    }

    @AfterAll
    static void stopStub() {
        SERVICES.close();
    }

    @Test
    void aClientOverItsRateGets429WithRetryAfterWhileAnotherClientIsServed() {
        String greedy = "greedy-" + System.nanoTime();
        String requestId = "rate-" + System.nanoTime();

        long start = System.nanoTime();
        List<HttpResponse<String>> burst = IntStream.range(0, BURST * 3)
                .mapToObj(i -> gateway.get("/api/feed", "X-Client-Id", greedy, "X-Request-Id", requestId + "-" + i)).toList();
        long refilled = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start) + 1;
        HttpResponse<String> other = gateway.get("/api/feed", "X-Client-Id", "patient-" + System.nanoTime());

        List<HttpResponse<String>> refused = burst.stream().filter(response -> response.statusCode() == 429).toList();
        assertThat(burst.stream().filter(response -> response.statusCode() == 200)).hasSizeBetween(BURST, (int) (BURST + refilled));
        assertThat(refused).isNotEmpty().allSatisfy(response -> {
            JsonNode problem = GatewayIntegrationTest.assertProblem(response, 429, "too-many-requests");
            assertThat(problem.path("type").asString()).isEqualTo(ProblemType.TOO_MANY_REQUESTS.uri().toString());
            assertThat(response.headers().firstValue("Retry-After")).contains("1");
        });
        assertThat(SERVICES.requests().stream().filter(request -> request.header("X-Request-Id").startsWith(requestId)))
                .hasSize(BURST * 3 - refused.size());
        assertThat(other.statusCode()).isEqualTo(200);
    }

    @Test
    void aClientRefusedForItsRateLeavesNoPlaceTakenInTheService() {
        String greedy = "refused-" + System.nanoTime();
        int beyondTheServiceLimit = 40;

        List<Integer> statuses = IntStream.range(0, BURST + beyondTheServiceLimit)
                .mapToObj(i -> gateway.get("/api/feed", "X-Client-Id", greedy).statusCode()).toList();

        assertThat(statuses.stream().filter(status -> status == 429).count())
                .as("more refusals than feed-service has places (30)").isGreaterThan(30);
        assertThat(gateway.get("/api/feed", "X-Client-Id", "next-" + System.nanoTime()).statusCode()).isEqualTo(200);
    }

    @Test
    void withTheFixOffNoClientIsLimited() {
        fixes.set(Fix.LOAD_SHEDDING, false);
        String greedy = "unlimited-" + System.nanoTime();

        assertThat(IntStream.range(0, BURST * 3).mapToObj(i -> gateway.get("/api/feed", "X-Client-Id", greedy)))
                .allSatisfy(response -> assertThat(response.statusCode()).isEqualTo(200));
    }
}
