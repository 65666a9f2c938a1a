package io.reelstorm.common.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ControlEndpointsTest.App.class,
        properties = {"spring.application.name=control-test", "reelstorm.fixes.enabled=honest-reads",
                "reelstorm.control.token=let-me-in"})
class ControlEndpointsTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @SpringBootApplication
    @RestController
    static class App {
        @GetMapping("/api/ping")
        String ping() {
            return "pong";
        }
    }

    @AfterEach
    void heal() throws Exception {
        send("DELETE", "/internal/faults/slow", null);
    }

    private HttpResponse<String> send(String method, String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer let-me-in")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void fixesStartAsConfiguredAndFlipAtRuntime() throws Exception {
        assertThat(send("GET", "/internal/fixes", null).body()).contains("\"honest-reads\":true", "\"safe-retries\":false");

        HttpResponse<String> flipped = send("PUT", "/internal/fixes/safe-retries", "{\"enabled\":true}");

        assertThat(flipped.statusCode()).isEqualTo(200);
        assertThat(send("GET", "/internal/fixes", null).body()).contains("\"safe-retries\":true");
    }

    @Test
    void aFixThatOnlyActsAtStartCannotBeFlipped() throws Exception {
        HttpResponse<String> response = send("PUT", "/internal/fixes/active-active-data", "{\"enabled\":true}");

        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(send("GET", "/internal/fixes", null).body()).contains("\"active-active-data\":false");
    }

    @Test
    void anUnknownFixIsA400NamingTheKnownOnes() throws Exception {
        HttpResponse<String> response = send("PUT", "/internal/fixes/magic", "{\"enabled\":true}");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("magic", "honest-reads");
    }

    @Test
    void aSlowInstanceHoldsPublicRequestsButNotItsControlSurface() throws Exception {
        assertThat(send("PUT", "/internal/faults/slow", "{\"ms\":400}").statusCode()).isEqualTo(200);

        Instant start = Instant.now();
        assertThat(send("GET", "/api/ping", null).body()).isEqualTo("pong");
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(400));

        assertThat(send("GET", "/internal/faults/slow", null).body()).contains("400");
        assertThat(send("DELETE", "/internal/faults/slow", null).body()).contains("\"ms\":0");
    }

    @Test
    void changingTheControlSurfaceNeedsTheTokenButReadingItDoesNot() throws Exception {
        HttpRequest withoutToken = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/fixes/safe-retries"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("{\"enabled\":true}")).build();
        HttpRequest read = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/internal/fixes")).build();

        assertThat(http.send(withoutToken, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(401);
        assertThat(http.send(read, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
    }

    @Test
    void aNegativeDelayIsRefused() throws Exception {
        assertThat(send("PUT", "/internal/faults/slow", "{\"ms\":-5}").statusCode()).isEqualTo(400);
    }
}
