package io.reelstorm.metrics.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks HTTP to one running metrics-service, as its callers do. */
public final class ServiceClient {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final int port;

    public ServiceClient(int port) {
        this.port = port;
    }

    public HttpResponse<String> get(String path) {
        return send(request(path).GET());
    }

    public HttpResponse<String> post(String path, String... headers) {
        return send(request(path, headers).POST(HttpRequest.BodyPublishers.noBody()));
    }

    public HttpResponse<String> postJson(String path, String json) {
        return send(request(path, "Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putJson(String path, String json) {
        return send(request(path, "Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> view(String videoId, String... headers) {
        return post("/api/videos/" + videoId + "/views", headers);
    }

    /** Posts a view and insists that it was acknowledged. */
    public void acknowledgedView(String videoId) {
        HttpResponse<String> answer = view(videoId);
        if (answer.statusCode() != 202) {
            throw new AssertionError("view of " + videoId + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    /** The body of a 200 stats answer. */
    public JsonNode stats(String videoId) {
        return ok(get("/api/videos/" + videoId + "/stats"));
    }

    public JsonNode replication() {
        return ok(get("/internal/replication"));
    }

    /** Flips a fix at runtime, as the launcher's admin API does. */
    public void fix(String name, boolean enabled) {
        ok(putJson("/internal/fixes/" + name, "{\"enabled\":" + enabled + "}"));
    }

    public HttpRequest.Builder request(String path, String... headers) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(TIMEOUT);
        if (headers.length > 0) {
            builder.headers(headers);
        }
        return builder;
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public static HttpClient http() {
        return HTTP;
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.shared().readTree(response.body());
    }

    private static JsonNode ok(HttpResponse<String> answer) {
        if (answer.statusCode() != 200) {
            throw new AssertionError(answer.request().uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return json(answer);
    }
}
