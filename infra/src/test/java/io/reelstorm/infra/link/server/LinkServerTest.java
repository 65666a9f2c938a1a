package io.reelstorm.infra.link.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A link server in this JVM, in front of a small HTTP server, driven through its control API. */
class LinkServerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicInteger served = new AtomicInteger();
    private HttpServer target;
    private LinkServer link;

    @BeforeEach
    void start() throws IOException {
        target = HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 16);
        target.createContext("/", exchange -> {
            served.incrementAndGet();
            byte[] hello = "hello".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, hello.length);
            exchange.getResponseBody().write(hello);
            exchange.close();
        });
        target.start();
        link = startLink(null);
    }

    /** The target by name, as in a container, so that every connection looks it up. */
    private LinkServer startLink(String token) throws IOException {
        int port = target.getAddress().getPort();
        return LinkServer.start(List.of(
                        new LinkRoute("gateway-east", 0, "localhost", port),
                        new LinkRoute("east-west", 0, "localhost", port),
                        new LinkRoute(null, 0, "localhost", port)),
                LOOPBACK, 0, LinkServer.controlToken(token));
    }

    @AfterEach
    void stop() {
        link.close();
        target.stop(0);
    }

    @Test
    void healthIsUpWhileEveryRouteListens() throws Exception {
        HttpResponse<String> health = control("GET", "/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asString()).isEqualTo("UP");
    }

    @Test
    void linksShowsEachGroupsProxiesWithTheirTrafficAndLeavesUngroupedRoutesOut() throws Exception {
        assertThat(requestThrough("gateway-east:0")).endsWith("hello");

        JsonNode groups = json(control("GET", "/links", null)).get("groups");

        assertThat(groups.propertyNames()).containsExactly("gateway-east", "east-west");
        JsonNode proxy = groups.get("gateway-east").get("proxies").get(0);
        assertThat(proxy.get("name").asString()).isEqualTo("gateway-east:0");
        assertThat(proxy.get("listen").asInt()).isEqualTo(port("gateway-east:0"));
        assertThat(proxy.get("target").asString()).isEqualTo("localhost:" + target.getAddress().getPort());
        assertThat(proxy.get("totalConnections").asLong()).isEqualTo(1);
        assertThat(proxy.get("bytesToTarget").asLong()).isPositive();
        assertThat(proxy.get("bytesToClient").asLong()).isPositive();
        assertThat(proxy.has("connections")).isTrue();
        assertThat(groups.get("gateway-east").get("faults")).isEmpty();
    }

    @Test
    void aPartitionStopsRequestsThroughItsGroupUntilItHeals() throws Exception {
        HttpResponse<String> applied = control("PUT", "/links/gateway-east/faults/partition", "{}");
        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(faults(json(applied))).containsExactly("partition");

        assertThatThrownBy(() -> requestThrough("gateway-east:0")).isInstanceOf(SocketTimeoutException.class);
        assertThat(served).hasValue(0);

        HttpResponse<String> healed = control("DELETE", "/links/gateway-east/faults/partition", null);
        assertThat(healed.statusCode()).isEqualTo(200);
        assertThat(faults(json(healed))).isEmpty();
        assertThat(requestThrough("gateway-east:0")).endsWith("hello");
    }

    @Test
    void aFaultActsOnlyOnItsOwnGroupNeverOnUngroupedRoutes() throws Exception {
        control("PUT", "/links/east-west/faults/partition", "");

        assertThat(requestThrough("gateway-east:0")).endsWith("hello");
        assertThat(requestThrough("0")).endsWith("hello");
        assertThatThrownBy(() -> requestThrough("east-west:0")).isInstanceOf(SocketTimeoutException.class);
    }

    @Test
    void latencyOf300msMakesARoundTripTakeAtLeast300ms() throws Exception {
        HttpResponse<String> applied = control("PUT", "/links/gateway-east/faults/latency", "{\"ms\":300,\"jitter\":50}");
        assertThat(faults(json(applied))).containsExactly("latency");

        long start = System.nanoTime();
        assertThat(requestThrough("gateway-east:0")).endsWith("hello");

        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void resetRefusesEveryConnectionUntilItHeals() throws Exception {
        control("PUT", "/links/gateway-east/faults/reset", "{}");

        assertThatThrownBy(() -> requestThrough("gateway-east:0")).isInstanceOf(IOException.class);

        control("DELETE", "/links/gateway-east/faults/reset", null);
        assertThat(requestThrough("gateway-east:0")).endsWith("hello");
    }

    @Test
    void aSecondFaultOfTheSameKindReplacesTheFirst() throws Exception {
        control("PUT", "/links/east-west/faults/loss", "{\"percent\":100}");
        assertThatThrownBy(() -> requestThrough("east-west:0")).isInstanceOf(SocketTimeoutException.class);

        HttpResponse<String> replaced = control("PUT", "/links/east-west/faults/loss", "{\"percent\":0}");

        assertThat(faults(json(replaced))).containsExactly("loss");
        assertThat(requestThrough("east-west:0")).endsWith("hello");
    }

    @Test
    void healingEverythingClearsEveryGroup() throws Exception {
        control("PUT", "/links/gateway-east/faults/partition", "{}");
        control("PUT", "/links/east-west/faults/bandwidth", "{\"kbps\":512}");
        control("PUT", "/links/east-west/faults/latency", "{\"ms\":100}");

        HttpResponse<String> healed = control("DELETE", "/links/faults", null);

        assertThat(healed.statusCode()).isEqualTo(200);
        JsonNode groups = json(healed).get("groups");
        assertThat(faults(groups.get("gateway-east"))).isEmpty();
        assertThat(faults(groups.get("east-west"))).isEmpty();
        assertThat(requestThrough("gateway-east:0")).endsWith("hello");
    }

    @Test
    void healingAFaultThatIsNotThereIsFine() throws Exception {
        assertThat(control("DELETE", "/links/east-west/faults/loss", null).statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownKindIsABadRequestNamingTheKind() throws Exception {
        assertProblem(control("PUT", "/links/gateway-east/faults/teleport", "{}"), 400, "invalid-fault", "kind");
    }

    @Test
    void aMissingOrBadOptionIsABadRequestNamingTheOptionAndAppliesNothing() throws Exception {
        assertProblem(control("PUT", "/links/gateway-east/faults/latency", "{}"), 400, "invalid-fault", "ms");
        assertProblem(control("PUT", "/links/gateway-east/faults/latency", "{\"ms\":-5}"), 400, "invalid-fault", "ms");
        assertProblem(control("PUT", "/links/gateway-east/faults/latency", "{\"ms\":200,\"jitter\":\"lots\"}"), 400, "invalid-fault", "jitter");
        assertProblem(control("PUT", "/links/gateway-east/faults/loss", "{\"percent\":101}"), 400, "invalid-fault", "percent");
        assertProblem(control("PUT", "/links/gateway-east/faults/bandwidth", "{\"kbps\":0}"), 400, "invalid-fault", "kbps");
        assertProblem(control("PUT", "/links/gateway-east/faults/partition", "{\"ms\":5}"), 400, "invalid-fault", "ms");

        assertThat(faults(json(control("GET", "/links", null)).get("groups").get("gateway-east"))).isEmpty();
    }

    @Test
    void aBodyThatIsNotAJsonObjectIsABadRequest() throws Exception {
        assertProblem(control("PUT", "/links/gateway-east/faults/latency", "ms=200"), 400, "invalid-request", null);
        assertProblem(control("PUT", "/links/gateway-east/faults/latency", "[200]"), 400, "invalid-request", null);
    }

    @Test
    void anUnknownGroupIsNotFound() throws Exception {
        assertProblem(control("PUT", "/links/north-south/faults/partition", "{}"), 404, "link-group-not-found", null);
        assertProblem(control("DELETE", "/links/north-south/faults/partition", null), 404, "link-group-not-found", null);
    }

    @Test
    void aPathTheApiDoesNotHaveIsNotFound() throws Exception {
        assertProblem(control("GET", "/links/gateway-east", null), 404, "not-found", null);
    }

    @Test
    void aWrongMethodIsNotAllowedAndSaysWhichAre() throws Exception {
        HttpResponse<String> post = control("POST", "/links/gateway-east/faults/latency", "{\"ms\":1}");
        assertProblem(post, 405, "method-not-allowed", null);
        assertThat(post.headers().firstValue("Allow")).contains("PUT, DELETE");

        assertThat(control("PUT", "/links", "{}").headers().firstValue("Allow")).contains("GET");
        assertThat(control("GET", "/links/faults", null).headers().firstValue("Allow")).contains("DELETE");
        assertProblem(control("DELETE", "/health", null), 405, "method-not-allowed", null);
    }

    @Test
    void withATokenSetChangesNeedItAndReadingStaysOpen() throws Exception {
        link.close();
        link = startLink("s3cret");

        HttpResponse<String> anonymous = control("PUT", "/links/gateway-east/faults/partition", "{}");
        assertProblem(anonymous, 401, "unauthorized", null);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value -> assertThat(value).startsWith("Bearer"));
        assertProblem(control("PUT", "/links/gateway-east/faults/partition", "{}", "Bearer wrong"), 401, "unauthorized", null);
        assertProblem(control("DELETE", "/links/faults", null), 401, "unauthorized", null);
        assertThat(faults(json(control("GET", "/links", null)).get("groups").get("gateway-east"))).isEmpty();

        assertThat(control("PUT", "/links/gateway-east/faults/partition", "{}", "Bearer s3cret").statusCode()).isEqualTo(200);
        assertThat(control("DELETE", "/links/faults", null, "Bearer s3cret").statusCode()).isEqualTo(200);
        assertThat(control("GET", "/health", null).statusCode()).isEqualTo(200);
    }

    @Test
    void withoutATokenChangesNeedNone() throws Exception {
        assertThat(control("PUT", "/links/gateway-east/faults/reset", "{}").statusCode()).isEqualTo(200);
    }

    /** One HTTP/1.0 request through a route's proxy; the whole answer, or a timeout after a second. */
    private String requestThrough(String route) throws IOException {
        try (Socket socket = new Socket(LOOPBACK, port(route))) {
            socket.setSoTimeout(1_000);
            socket.getOutputStream().write("GET / HTTP/1.0\r\nHost: target\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            InputStream in = socket.getInputStream();
            String answer = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            if (answer.isEmpty()) {
                throw new IOException("the link closed the connection without an answer");
            }
            return answer;
        }
    }

    private int port(String route) {
        return link.port(route).orElseThrow();
    }

    private HttpResponse<String> control(String method, String path, String body) throws Exception {
        return control(method, path, body, null);
    }

    private HttpResponse<String> control(String method, String path, String body, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + link.controlPort() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Content-Type")).contains("application/json");
        return JSON.readTree(response.body());
    }

    private static List<String> faults(JsonNode group) {
        return group.get("faults").valueStream().map(JsonNode::asString).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type, String field) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).contains("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("type").asString()).isEqualTo("https://reelstorm.dev/problems/" + type);
        assertThat(problem.get("title").asString()).isNotBlank();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        if (field == null) {
            assertThat(problem.has("field")).isFalse();
        } else {
            assertThat(problem.get("field").asString()).isEqualTo(field);
        }
    }
}
