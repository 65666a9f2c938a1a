package io.reelstorm.infra.compose;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the platform through the gateway the way the app does (the brief's "Semantics"): a call that
 * got no answer, a 5xx or a 429 is tried again, up to 2 more times, after 200 ms and 400 ms (or the
 * server's Retry-After, capped at 2 s), with the same {@code Idempotency-Key} / {@code View-Id}.
 */
final class AppClient {

    static final int MAX_TRIES = 3;
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final String BOUNDARY = "reelstorm-compose-test";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final JsonMapper json = JsonMapper.builder().build();
    private final String baseUrl;

    AppClient(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The last try's answer; status 0 when no try got one. */
    record Answer(int status, String body) {

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    /** The last try's answer: 201 (or 200 for a repeat) with the new video, or the failure. */
    Answer upload(String creator, String idempotencyKey, byte[] mp4) {
        byte[] body = multipart(idempotencyKey, mp4);
        return call(HttpRequest.newBuilder(uri("/api/videos"))
                .header("X-Creator-Id", creator)
                .header("Idempotency-Key", idempotencyKey)
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
    }

    String id(Answer created) {
        return json.readTree(created.body()).get("id").asString();
    }

    boolean view(String videoId, String viewId) {
        return call(HttpRequest.newBuilder(uri("/api/videos/" + videoId + "/views"))
                .header("View-Id", viewId)
                .POST(HttpRequest.BodyPublishers.noBody())).ok();
    }

    /** The stats answer, empty when it failed after every try. */
    Optional<JsonNode> stats(String videoId) {
        Answer answer = call(HttpRequest.newBuilder(uri("/api/videos/" + videoId + "/stats")).GET());
        return answer.ok() ? Optional.of(json.readTree(answer.body())) : Optional.empty();
    }

    boolean feedLoads() {
        return call(HttpRequest.newBuilder(uri("/api/feed?limit=10")).GET()).ok();
    }

    Optional<byte[]> content(String videoId) {
        for (int tryNumber = 1; tryNumber <= MAX_TRIES; tryNumber++) {
            try {
                HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(uri("/api/videos/" + videoId + "/content"))
                        .timeout(TIMEOUT).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
                if (response.statusCode() == 200) {
                    return Optional.of(response.body());
                }
            } catch (IOException e) {
                // No answer: try again.
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
            backoff(tryNumber, null);
        }
        return Optional.empty();
    }

    private Answer call(HttpRequest.Builder request) {
        Answer last = new Answer(0, "");
        for (int tryNumber = 1; tryNumber <= MAX_TRIES; tryNumber++) {
            String retryAfter = null;
            try {
                HttpResponse<String> response = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
                last = new Answer(response.statusCode(), response.body());
                if (last.ok() || (last.status() < 500 && last.status() != 429)) {
                    return last;
                }
                retryAfter = response.headers().firstValue("Retry-After").orElse(null);
            } catch (IOException e) {
                last = new Answer(0, e.toString());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return last;
            }
            if (tryNumber < MAX_TRIES) {
                backoff(tryNumber, retryAfter);
            }
        }
        return last;
    }

    private static void backoff(int tryNumber, String retryAfter) {
        long millis = 200L << (tryNumber - 1);
        if (retryAfter != null && retryAfter.matches("\\d+")) {
            millis = Math.min(2_000, Long.parseLong(retryAfter) * 1000);
        }
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static byte[] multipart(String title, byte[] mp4) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\n" + title + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clip.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(mp4);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }
}
