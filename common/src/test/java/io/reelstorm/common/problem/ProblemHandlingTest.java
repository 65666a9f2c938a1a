package io.reelstorm.common.problem;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisConnectionException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A servlet app with nothing but common on its classpath answers every error as problem details. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        classes = ProblemHandlingTest.App.class, properties = "spring.application.name=problem-test")
class ProblemHandlingTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @SpringBootApplication
    @RestController
    static class App {

        @GetMapping("/api-problem")
        String apiProblem() {
            throw new ApiProblem(ProblemType.INVALID_TITLE, "title is too long").with("field", "title");
        }

        @GetMapping("/store-down")
        String storeDown() {
            throw new RedisConnectionException("connection refused");
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("secret internals");
        }

        @GetMapping("/number")
        String number(@RequestParam int value) {
            return Integer.toString(value);
        }
    }

    /** A request no well-behaved client would send, over a plain socket. */
    private String rawGet(String path) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anApiProblemKeepsItsStableTypeAndExtensionMembers() throws Exception {
        HttpResponse<String> response = get("/api-problem");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(response.body()).contains("https://reelstorm.dev/problems/invalid-title", "\"field\":\"title\"");
    }

    @Test
    void anUnreachableStoreIsA503WithRetryAfter() throws Exception {
        HttpResponse<String> response = get("/store-down");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(response.body()).contains("store-unavailable");
    }

    @Test
    void aBugIsA500WithoutInternals() throws Exception {
        HttpResponse<String> response = get("/bug");

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).contains("problems/internal").doesNotContain("secret internals", "Exception");
    }

    @Test
    void springsOwnErrorsGetAStableTypeToo() throws Exception {
        HttpResponse<String> badParameter = get("/number?value=abc");
        HttpResponse<String> unknownRoute = get("/nowhere");

        assertThat(badParameter.statusCode()).isEqualTo(400);
        assertThat(badParameter.body()).contains("problems/invalid-request");
        assertThat(unknownRoute.statusCode()).isEqualTo(404);
        assertThat(unknownRoute.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(unknownRoute.body()).contains("problems/not-found");
    }

    @Test
    void whatTomcatRefusesByItselfIsAProblemToo() throws Exception {
        String answer = rawGet("/number%zz");

        assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/problem+json", "problems/invalid-request");
    }

    @Test
    void anEncodedSlashReachesTheApplicationInsteadOfAnHtmlRefusal() throws Exception {
        HttpResponse<String> response = get("/number%2F..%2Fbug");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
    }

    @Test
    void theRequestIdIsEchoed() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api-problem"))
                .header("X-Request-Id", "abc-123").build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.headers().firstValue("X-Request-Id")).contains("abc-123");
    }
}
