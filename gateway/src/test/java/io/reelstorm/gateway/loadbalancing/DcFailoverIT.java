package io.reelstorm.gateway.loadbalancing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import io.reelstorm.gateway.upstream.UpstreamCallFilter;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The east feed-service instances go dark; naive routing keeps sending traffic there, dc-failover does not. */
class DcFailoverIT extends GatewayIntegrationTest {

    private static final Duration A_FEW_SECONDS = Duration.ofSeconds(5);

    private final String eastClient = clientAtHomeIn("east");

    @Test
    void naivelyPinnedTrafficFailsWhileEastIsDarkUntilTheOperatorFailsOver() {
        eastGoesDark();
        try {
            HttpResponse<String> dark = feed(eastClient);
            assertProblem(dark, 503, "upstream-unavailable");

            assertThat(GatewayClient.json(gateway.get("/internal/routing")).path("instances").valueStream()
                    .filter(instance -> instance.path("id").asString().startsWith("east/feed-service")))
                    .allSatisfy(instance -> assertThat(instance.path("healthy").asBoolean()).isFalse());
            assertProblem(feed(eastClient), 503, "upstream-unavailable");

            gateway.send(gateway.request("/internal/routing/active-dc").header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"dc\":\"west\"}")));

            HttpResponse<String> failedOver = feed(eastClient);
            assertThat(failedOver.headers().firstValue(StubService.SERVED_BY)).contains("west");
            assertThat(failedOver.headers().firstValue(UpstreamCallFilter.UPSTREAM_INSTANCE)).hasValueSatisfying(
                    instance -> assertThat(instance).startsWith("west/feed-service"));
        } finally {
            eastComesBack();
        }
    }

    @Test
    void withDcFailoverADarkEastIsEjectedWithinSecondsAndItsClientsAreServedByWest() {
        fix(Fix.DC_FAILOVER, true);
        eastGoesDark();
        try {
            await().atMost(A_FEW_SECONDS).untilAsserted(() -> {
                HttpResponse<String> response = feed(eastClient);
                assertThat(response.statusCode()).isEqualTo(200);
                assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains("west");
            });
            assertThat(IntStream.range(0, 5).mapToObj(i -> feed(eastClient)))
                    .allSatisfy(response -> assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains("west"));
        } finally {
            eastComesBack();
        }

        await().atMost(A_FEW_SECONDS).untilAsserted(() ->
                assertThat(feed(eastClient).headers().firstValue(StubService.SERVED_BY)).contains("feed-service"));
    }

    @Test
    void withDcFailoverBothDataCentersServeEachClientFromItsHome() {
        fix(Fix.DC_FAILOVER, true);
        String westClient = clientAtHomeIn("west");

        assertThat(IntStream.range(0, 4).mapToObj(i -> feed(westClient)))
                .allSatisfy(response -> assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains("west"));
        assertThat(IntStream.range(0, 4).mapToObj(i -> feed(eastClient)))
                .allSatisfy(response -> assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains("feed-service"));
    }

    @Test
    void anInstanceThatIsNotReadyIsEjectedByTheHealthChecksAndReadmittedWhenItIs() {
        fix(Fix.DC_FAILOVER, true);
        FEED_1.ready(false);
        FEED_2.ready(false);
        try {
            await().atMost(A_FEW_SECONDS).untilAsserted(() ->
                    assertThat(feed(eastClient).headers().firstValue(StubService.SERVED_BY)).contains("west"));
        } finally {
            FEED_1.ready(true);
            FEED_2.ready(true);
        }
        await().atMost(A_FEW_SECONDS).untilAsserted(() ->
                assertThat(feed(eastClient).headers().firstValue(StubService.SERVED_BY)).contains("feed-service"));
    }

    private HttpResponse<String> feed(String clientId) {
        return gateway.get("/api/feed", "X-Client-Id", clientId);
    }

    private static void eastGoesDark() {
        FEED_1.stop();
        FEED_2.stop();
    }

    /** Back, and healthy again as the gateway sees it, so that no other test meets a half-recovered east. */
    private void eastComesBack() {
        FEED_1.restart();
        FEED_2.restart();
        await().atMost(A_FEW_SECONDS).untilAsserted(() -> assertThat(GatewayClient.json(gateway.get("/internal/routing"))
                .path("instances").valueStream().filter(instance -> instance.path("healthy").asBoolean()))
                .hasSize(7));
    }
}
