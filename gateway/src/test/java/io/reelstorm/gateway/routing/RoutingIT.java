package io.reelstorm.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RoutingIT extends GatewayIntegrationTest {

    static Stream<Arguments> contractCalls() {
        String video = "/api/videos/" + VIDEO_ID;
        return Stream.of(
                arguments("POST", video + "/views", null, "metrics-service", 201),
                arguments("GET", video + "/stats", "?fresh=true", "metrics-service", 200),
                arguments("POST", "/api/videos", "?source=app", "upload-service", 201),
                arguments("GET", video, null, "upload-service", 200),
                arguments("HEAD", video, null, "upload-service", 200),
                arguments("DELETE", video, null, "upload-service", 204),
                arguments("GET", video + "/content", "?download=1", "upload-service", 200),
                arguments("HEAD", video + "/content", null, "upload-service", 200),
                arguments("GET", "/api/feed", "?limit=5&cursor=eyJrIjoxfQ%3D%3D", "feed-service", 200),
                arguments("GET", "/api/creators/some_creator/videos", "?limit=3", "feed-service", 200));
    }

    @ParameterizedTest(name = "{0} {1}{2} reaches {3}")
    @MethodSource("contractCalls")
    void everyContractCallReachesItsServiceWithMethodPathQueryAndBodyIntact(
            String method, String path, String query, String service, int status) throws Exception {
        String requestId = newRequestId();
        String body = method.equals("POST") ? "{\"title\":\"a clip\",\"n\":" + System.nanoTime() + "}" : "";
        HttpRequest.Builder request = gateway.request(path + (query == null ? "" : query))
                .header("X-Request-Id", requestId)
                .header("X-Creator-Id", "some_creator")
                .method(method, body.isEmpty() ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));

        HttpResponse<String> response = gateway.send(request);

        assertThat(response.statusCode()).isEqualTo(status);
        assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains(service);
        List<StubService.Request> seen = seen(requestId);
        assertThat(seen).hasSize(1);
        StubService.Request received = seen.getFirst();
        assertThat(stubsOf(service)).anySatisfy(stub -> assertThat(stub.requestsWithId(requestId)).hasSize(1));
        assertThat(received.method()).isEqualTo(method);
        assertThat(received.path()).isEqualTo(path);
        assertThat(received.query()).isEqualTo(query == null ? null : query.substring(1));
        assertThat(received.header("X-Creator-Id")).isEqualTo("some_creator");
        assertThat(received.bodyBytes()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
        assertThat(received.bodySha256()).isEqualTo(sha256(body));
    }

    @Test
    void allTrafficGoesToTheActiveDataCenterWhoseInstancesTakeTurns() {
        List<String> requestIds = Stream.generate(GatewayIntegrationTest::newRequestId).limit(4).toList();

        requestIds.forEach(id -> assertThat(gateway.get("/api/feed", "X-Request-Id", id).statusCode()).isEqualTo(200));

        assertThat(requestIds.stream().filter(id -> !FEED_1.requestsWithId(id).isEmpty())).hasSize(2);
        assertThat(requestIds.stream().filter(id -> !FEED_2.requestsWithId(id).isEmpty())).hasSize(2);
        assertThat(requestIds.stream().filter(id -> !WEST.requestsWithId(id).isEmpty())).isEmpty();
    }

    @Test
    void aServicesOwnErrorAnswerPassesThroughUntouched() {
        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID, StubService.STATUS, "404");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(GatewayClient.json(response).path("type").asString())
                .isEqualTo("https://reelstorm.dev/problems/from-upload-service");
    }

    @Test
    void eachServicesOwnApiDescriptionIsServedUnderItsName() {
        for (String service : ContractRoutes.SERVICES) {
            HttpResponse<String> response = gateway.get("/v3/api-docs/" + service);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(GatewayClient.json(response).path("info").path("title").asString()).isEqualTo(service);
        }
    }

    private static List<StubService> stubsOf(String service) {
        return ALL.stream().filter(stub -> stub.name().equals(service)).toList();
    }

    private static String sha256(String body) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body.getBytes(StandardCharsets.UTF_8)));
    }
}
