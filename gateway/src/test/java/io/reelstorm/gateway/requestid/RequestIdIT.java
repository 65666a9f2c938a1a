package io.reelstorm.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestIdIT extends GatewayIntegrationTest {

    private static final String UUID_FORMAT = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    @Test
    void aRequestWithoutIdGetsOneThatTheServiceSeesToo() {
        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID + "/stats");

        List<String> returned = response.headers().allValues("X-Request-Id");
        assertThat(returned).hasSize(1);
        assertThat(returned.getFirst()).matches(UUID_FORMAT);
        assertThat(METRICS.requestsWithId(returned.getFirst())).hasSize(1);
    }

    @Test
    void aWellFormedIdIsKeptForwardedAndReturnedOnce() {
        String requestId = "client-42.retry:1_" + System.nanoTime();

        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", requestId);

        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
        assertThat(UPLOAD.requestsWithId(requestId)).hasSize(1);
    }

    @Test
    void aMalformedIdIsReplacedBeforeItReachesTheServiceOrTheLogs() {
        String malformed = "forged id=1 level=ERROR " + System.nanoTime();

        HttpResponse<String> response = gateway.get("/api/feed", "X-Request-Id", malformed);

        String replacement = response.headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(replacement).matches(UUID_FORMAT);
        assertThat(seen(replacement, FEED_1, FEED_2)).singleElement()
                .satisfies(request -> assertThat(request.header("X-Request-Id")).isEqualTo(replacement));
        assertThat(FEED_1.requests()).noneMatch(request -> malformed.equals(request.header("X-Request-Id")));
        assertThat(FEED_2.requests()).noneMatch(request -> malformed.equals(request.header("X-Request-Id")));
    }

    @Test
    void theGatewaysOwnErrorsCarryTheRequestIdToo() {
        String requestId = newRequestId();

        assertThat(gateway.get("/no/such/route", "X-Request-Id", requestId).headers().allValues("X-Request-Id"))
                .containsExactly(requestId);
        assertThat(gateway.get("/api/videos/not-a-ulid", "X-Request-Id", requestId).headers().allValues("X-Request-Id"))
                .containsExactly(requestId);
        assertThat(gateway.send(gateway.request("/api/feed").header("X-Request-Id", requestId)
                .DELETE()).headers().allValues("X-Request-Id")).containsExactly(requestId);
    }
}
