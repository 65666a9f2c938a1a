package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.StubService;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/** The storm runs last: it empties the retry budget, which the other tests need a few tokens of. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SafeRetriesIT extends GatewayIntegrationTest {

    @BeforeEach
    void safeRetriesOn() {
        fix(Fix.SAFE_RETRIES, true);
    }

    @Test
    void aGetThatFailsOnceSucceedsWithOneRetryOnAnotherInstance() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get("/api/feed", "X-Request-Id", requestId, StubService.FAIL_FIRST, "1");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(FEED_1.requestsWithId(requestId)).hasSize(1);
        assertThat(FEED_2.requestsWithId(requestId)).hasSize(1);
    }

    @Test
    void withDcFailoverTheRetryGoesToTheOtherDataCenter() {
        fix(Fix.DC_FAILOVER, true);
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get("/api/feed", "X-Request-Id", requestId, "X-Client-Id", clientAtHomeIn("east"),
                StubService.FAIL_FIRST, "1");

        assertThat(response.headers().firstValue(StubService.SERVED_BY)).contains("west");
        assertThat(seen(requestId, FEED_1, FEED_2)).hasSize(1);
    }

    @Test
    void aViewThatReachedAServiceIsRetriedInThatDataCenterEvenWithDcFailover() {
        fix(Fix.DC_FAILOVER, true);
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.send(views(requestId).header("View-Id", "view-" + requestId)
                .header("X-Client-Id", clientAtHomeIn("west")).header(StubService.FAIL_FIRST, "1"));

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(WEST.requestsWithId(requestId)).hasSize(2);
        assertThat(METRICS.requestsWithId(requestId)).isEmpty();
    }

    @Test
    void aFailingGetIsTriedThreeTimesInAllNotFour() {
        String requestId = newRequestId();

        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", requestId, StubService.STATUS, "503");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(UPLOAD.requestsWithId(requestId)).hasSize(3);
    }

    @Test
    void anInternalErrorIsNotRetried() {
        String requestId = newRequestId();

        gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", requestId, StubService.STATUS, "500");

        assertThat(UPLOAD.requestsWithId(requestId)).hasSize(1);
    }

    @Test
    void aViewWithAViewIdIsRetriedOneWithoutIsNot() {
        String withKey = newRequestId();
        String withoutKey = newRequestId();

        HttpResponse<String> retried = gateway.send(views(withKey).header("View-Id", "view-" + withKey).header(StubService.FAIL_FIRST, "1"));
        HttpResponse<String> notRetried = gateway.send(views(withoutKey).header(StubService.FAIL_FIRST, "1"));

        assertThat(retried.statusCode()).isEqualTo(201);
        assertThat(METRICS.requestsWithId(withKey)).hasSize(2)
                .allSatisfy(request -> assertThat(request.header("View-Id")).isEqualTo("view-" + withKey));
        assertThat(notRetried.statusCode()).isEqualTo(503);
        assertThat(METRICS.requestsWithId(withoutKey)).hasSize(1);
    }

    @Test
    void aSmallUploadWithAnIdempotencyKeyIsSentAgainWholeOnRetry() {
        String requestId = newRequestId();
        String body = "--b\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nclip " + requestId + "\r\n--b--\r\n";

        HttpResponse<String> response = gateway.send(upload(requestId, body).header(StubService.FAIL_FIRST, "1"));

        assertThat(response.statusCode()).isEqualTo(201);
        List<StubService.Request> received = UPLOAD.requestsWithId(requestId);
        assertThat(received).hasSize(2);
        assertThat(received).extracting(StubService.Request::bodyBytes).containsOnly((long) body.length());
        assertThat(received.get(0).bodySha256()).isEqualTo(received.get(1).bodySha256());
    }

    @Test
    void anUploadOverTheReplayLimitIsNeverHeldSoNotRetried() {
        String requestId = newRequestId();
        String body = "x".repeat(1024 * 1024 + 1);

        HttpResponse<String> response = gateway.send(upload(requestId, body).header(StubService.STATUS, "503"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(UPLOAD.requestsWithId(requestId)).singleElement()
                .satisfies(request -> assertThat(request.bodyBytes()).isEqualTo(body.length()));
    }

    @Test
    void aDeleteIsNotRetried() {
        String requestId = newRequestId();

        gateway.send(gateway.request("/api/videos/" + VIDEO_ID).header("X-Request-Id", requestId)
                .header("Idempotency-Key", "delete-" + requestId).header(StubService.STATUS, "503").DELETE());

        assertThat(UPLOAD.requestsWithId(requestId)).hasSize(1);
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void underAFailureStormTheBudgetStopsTheRetries() {
        String storm = newRequestId();
        int requests = 60;
        List<String> ids = IntStream.range(0, requests).mapToObj(i -> storm + "-" + i).toList();

        ids.forEach(id -> assertThat(gateway.get("/api/videos/" + VIDEO_ID + "/stats", "X-Request-Id", id, StubService.STATUS, "503")
                .statusCode()).isEqualTo(503));

        long hits = ids.stream().mapToLong(id -> METRICS.requestsWithId(id).size()).sum();
        int mostTheBudgetAllows = RETRY_BUDGET_TOKENS + requests / 10 + 1;
        assertThat(hits).isGreaterThan(requests).isLessThanOrEqualTo(requests + mostTheBudgetAllows);
        assertThat(gateway.get("/actuator/prometheus").body().lines()
                .filter(line -> line.startsWith("reelstorm_gateway_retries_total{") && line.contains("outcome=\"budget-exhausted\"")))
                .isNotEmpty();
    }

    @Test
    void flippingTheFixAtRuntimeSwitchesBetweenSafeAndNaiveRetriesAtOnce() {
        String safe = newRequestId();
        gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", safe, StubService.STATUS, "502");

        fix(Fix.SAFE_RETRIES, false);
        String naive = newRequestId();
        gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", naive, StubService.STATUS, "502");

        fix(Fix.SAFE_RETRIES, true);
        String safeAgain = newRequestId();
        gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", safeAgain, StubService.STATUS, "502");

        assertThat(UPLOAD.requestsWithId(safe)).hasSize(3);
        assertThat(UPLOAD.requestsWithId(naive)).hasSize(4);
        assertThat(UPLOAD.requestsWithId(safeAgain)).hasSize(3);
    }

    private HttpRequest.Builder views(String requestId) {
        return gateway.request("/api/videos/" + VIDEO_ID + "/views").header("X-Request-Id", requestId)
                .POST(HttpRequest.BodyPublishers.noBody());
    }

    private HttpRequest.Builder upload(String requestId, String body) {
        return gateway.request("/api/videos").header("X-Request-Id", requestId)
                .header("X-Creator-Id", "retry_creator").header("Idempotency-Key", "upload-" + requestId)
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }
}
