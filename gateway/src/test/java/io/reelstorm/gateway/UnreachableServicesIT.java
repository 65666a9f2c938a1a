package io.reelstorm.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.gateway.openapi.OpenApiMerger;
import io.reelstorm.gateway.support.GatewayClient;
import io.reelstorm.gateway.support.StubService;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;

/**
 * Services that cannot be reached: upload-service's only instance in {@code east} is a closed port, and
 * feed-service has no instance in {@code east} at all (only one in {@code west}, which naive routing never
 * uses). Its own context, closed afterwards: the failures it configures would break every other test.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class UnreachableServicesIT {

    private static final String VIDEO_ID = "01ARZ3NDEKTSV4RRFFQ69G5FAV";
    private static final StubService METRICS = StubService.start("metrics-service", "/api/videos/{id}/stats");
    private static final StubService FEED_WEST = StubService.start("feed-service", "/api/feed");

    @LocalServerPort
    private int port;

    private GatewayClient gateway;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("reelstorm.gateway.services.upload-service.instances[0].dc", () -> "east");
        registry.add("reelstorm.gateway.services.upload-service.instances[0].url", () -> "http://127.0.0.1:" + closedPort());
        registry.add("reelstorm.gateway.services.feed-service.instances[0].dc", () -> "west");
        registry.add("reelstorm.gateway.services.feed-service.instances[0].url", FEED_WEST::url);
        registry.add("reelstorm.gateway.services.metrics-service.instances[0].dc", () -> "east");
        registry.add("reelstorm.gateway.services.metrics-service.instances[0].url", METRICS::url);
    }

    @BeforeEach
    void client() {
        gateway = new GatewayClient(port);
    }

    @AfterAll
    static void stopStubs() {
        METRICS.close();
        FEED_WEST.close();
    }

    @Test
    void anUploadToAServiceThatIsDownIsA503WithRetryAfter() {
        HttpResponse<String> response = gateway.send(gateway.request("/api/videos")
                .header("Content-Type", "multipart/form-data; boundary=b")
                .POST(HttpRequest.BodyPublishers.ofString("--b--\r\n")));

        JsonNode problem = GatewayIntegrationTest.assertProblem(response, 503, "upstream-unavailable");
        assertThat(problem.path("service").asString()).isEqualTo("upload-service");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
    }

    @Test
    void aReadFromAServiceThatIsDownIsTriedFourTimesThenA503(CapturedOutput output) {
        String requestId = "it-down-" + System.nanoTime();

        HttpResponse<String> response = gateway.get("/api/videos/" + VIDEO_ID, "X-Request-Id", requestId);

        GatewayIntegrationTest.assertProblem(response, 503, "upstream-unavailable");
        assertThat(response.headers().allValues("X-Request-Id")).containsExactly(requestId);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("event=access") && line.contains("requestId=" + requestId + " ")))
                .singleElement().satisfies(line -> assertThat(line).contains("status=503", "attempts=4")));
    }

    @Test
    void noInstanceInTheActiveDataCenterIsA503AndTheStandbyIsNotUsed() {
        HttpResponse<String> response = gateway.get("/api/feed");

        JsonNode problem = GatewayIntegrationTest.assertProblem(response, 503, "upstream-unavailable");
        assertThat(problem.path("detail").asString()).contains("No instance of feed-service");
        assertThat(response.headers().firstValue("Retry-After")).contains("5");
        assertThat(FEED_WEST.requests()).isEmpty();
    }

    @Test
    void theGatewayStaysReadyWhileServicesAreDown() {
        HttpResponse<String> response = gateway.get("/actuator/health/readiness");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(GatewayClient.json(response).path("status").asString()).isEqualTo("UP");
    }

    @Test
    void theAggregatedDescriptionNamesTheServicesThatDidNotAnswer() {
        JsonNode description = GatewayClient.json(gateway.get("/v3/api-docs"));

        assertThat(description.path(OpenApiMerger.UNAVAILABLE).valueStream().map(JsonNode::asString))
                .containsExactly("feed-service", "upload-service");
        assertThat(description.path("paths").propertyNames()).containsExactly("/api/videos/{id}/stats");
    }

    /** A port nothing listens on: connections to it are refused at once. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
