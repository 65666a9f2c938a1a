package io.reelstorm.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ControlSurfaceIT extends GatewayIntegrationTest {

    @Test
    void theFixesAreListedAndFlippedAsOnEveryService() {
        JsonNode before = GatewayClient.json(gateway.get("/internal/fixes"));
        assertThat(before.propertyNames()).containsExactlyInAnyOrder(Stream.of(Fix.values()).map(Fix::id).toArray(String[]::new));
        assertThat(before.path("dc-failover").asBoolean()).isFalse();

        HttpResponse<String> flipped = put("/internal/fixes/dc-failover", "{\"enabled\":true}");

        assertThat(flipped.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(flipped).path("enabled").asBoolean()).isTrue();
        assertThat(GatewayClient.json(gateway.get("/internal/fixes")).path("dc-failover").asBoolean()).isTrue();
    }

    @Test
    void anUnknownFixIsA400NamingTheField() {
        JsonNode problem = assertProblem(put("/internal/fixes/make-it-fast", "{\"enabled\":true}"), 400, "invalid-request");

        assertThat(problem.path("field").asString()).isEqualTo("name");
    }

    @Test
    void aBodyThatIsNotJsonIsA400Problem() {
        assertProblem(put("/internal/fixes/dc-failover", "{\"enabled\":"), 400, "invalid-request");
    }

    @Test
    void failingOverMovesAllTrafficToTheOtherDataCenterAndBack() {
        HttpResponse<String> failover = put("/internal/routing/active-dc", "{\"dc\":\"west\"}");

        assertThat(failover.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(failover).path("activeDc").asString()).isEqualTo("west");
        assertThat(gateway.get("/api/feed").headers().firstValue(StubService.SERVED_BY)).contains("west");
        assertThat(gateway.get("/api/videos/" + VIDEO_ID).headers().firstValue(StubService.SERVED_BY)).contains("west");

        put("/internal/routing/active-dc", "{\"dc\":\"east\"}");

        assertThat(gateway.get("/api/feed").headers().firstValue(StubService.SERVED_BY)).contains("feed-service");
    }

    @Test
    void failingOverToADataCenterWithoutInstancesIsA400NamingTheField() {
        JsonNode problem = assertProblem(put("/internal/routing/active-dc", "{\"dc\":\"north\"}"), 400, "invalid-request");

        assertThat(problem.path("field").asString()).isEqualTo("dc");
        assertThat(problem.path("detail").asString()).contains("east", "west");
        assertThat(GatewayClient.json(gateway.get("/internal/routing")).path("activeDc").asString()).isEqualTo("east");
    }

    @Test
    void lbSkewSendsEveryRequestToOneInstanceUntilHealed() {
        HttpResponse<String> skewed = put("/internal/routing/skew", "{\"service\":\"feed-service\",\"instance\":\"east/feed-service#2\"}");
        assertThat(skewed.statusCode()).isEqualTo(200);

        List<String> skewedIds = feedRequests(6);
        assertThat(skewedIds).allSatisfy(id -> assertThat(FEED_2.requestsWithId(id)).hasSize(1));
        assertThat(GatewayClient.json(gateway.get("/internal/routing")).path("skews").path("feed-service").asString())
                .isEqualTo("east/feed-service#2");

        HttpResponse<String> healed = gateway.send(gateway.request("/internal/routing/skew/feed-service").DELETE());
        assertThat(healed.statusCode()).isEqualTo(204);

        List<String> healedIds = feedRequests(4);
        assertThat(healedIds.stream().filter(id -> !FEED_1.requestsWithId(id).isEmpty())).hasSize(2);
        assertThat(healedIds.stream().filter(id -> !FEED_2.requestsWithId(id).isEmpty())).hasSize(2);
    }

    @Test
    void skewingOntoAnUnknownServiceOrInstanceIsA400NamingTheField() {
        assertThat(assertProblem(put("/internal/routing/skew", "{\"service\":\"feed-service\",\"instance\":\"east/upload-service\"}"),
                400, "invalid-request").path("field").asString()).isEqualTo("instance");
        assertThat(assertProblem(put("/internal/routing/skew", "{\"service\":\"chat-service\",\"instance\":\"east/chat-service\"}"),
                400, "invalid-request").path("field").asString()).isEqualTo("service");
    }

    @Test
    void theRoutingStatusShowsEveryInstanceWithItsHealthAndBreaker() {
        JsonNode status = GatewayClient.json(gateway.get("/internal/routing"));

        assertThat(status.path("activeDc").asString()).isEqualTo("east");
        assertThat(status.path("instances").valueStream().map(instance -> instance.path("id").asString())).containsExactlyInAnyOrder(
                "east/upload-service", "west/upload-service", "west/metrics-service", "east/metrics-service",
                "east/feed-service", "west/feed-service", "east/feed-service#2");
        JsonNode feed2 = status.path("instances").valueStream()
                .filter(instance -> instance.path("id").asString().equals("east/feed-service#2")).findFirst().orElseThrow();
        assertThat(feed2.path("service").asString()).isEqualTo("feed-service");
        assertThat(feed2.path("dc").asString()).isEqualTo("east");
        assertThat(feed2.path("url").asString()).isEqualTo(FEED_2.url());
        assertThat(feed2.path("healthy").asBoolean()).isTrue();
        assertThat(feed2.path("breaker").asString()).isEqualTo("CLOSED");
    }

    @Test
    void theControlSurfaceIsNeverRouted() {
        String requestId = newRequestId();

        gateway.get("/internal/routing", "X-Request-Id", requestId);
        gateway.get("/internal/fixes", "X-Request-Id", requestId);

        assertThat(seen(requestId)).isEmpty();
    }

    private List<String> feedRequests(int count) {
        List<String> ids = Stream.generate(GatewayIntegrationTest::newRequestId).limit(count).toList();
        ids.forEach(id -> assertThat(gateway.get("/api/feed", "X-Request-Id", id).statusCode()).isEqualTo(200));
        return ids;
    }

    private HttpResponse<String> put(String path, String json) {
        return gateway.send(gateway.request(path).header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }
}
