package io.reelstorm.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client for the public contract, as a test through the gateway needs it. */
public final class Gateway {

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public Gateway(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    public URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    public HttpResponse<byte[]> send(HttpRequest.Builder request) {
        return send(request, Duration.ofSeconds(60));
    }

    /** Sends with a client-side timeout; a request that takes longer throws {@link java.net.http.HttpTimeoutException}. */
    public HttpResponse<byte[]> send(HttpRequest.Builder request, Duration timeout) {
        try {
            return http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /**
     * A GET the way the real app sends it (the brief's "Semantics"): a failed call (5xx, or no answer) is
     * retried up to 2 times with backoff.
     */
    public HttpResponse<byte[]> getLikeTheApp(String path, String... headers) {
        HttpResponse<byte[]> response = null;
        for (int attempt = 0; attempt < 3; attempt++) {
            if (attempt > 0) {
                pause(Duration.ofMillis(250L << (attempt - 1)));
            }
            try {
                response = get(path, headers);
                if (response.statusCode() < 500) {
                    return response;
                }
            } catch (UncheckedIOException e) {
                if (attempt == 2) {
                    throw e;
                }
            }
        }
        return response;
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public HttpResponse<byte[]> upload(String creatorId, String title, String fileName, String contentType, byte[] bytes,
                                Map<String, String> extraHeaders) {
        Multipart body = new Multipart().field("title", title).file("file", fileName, contentType, bytes);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/videos"))
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
        if (creatorId != null) {
            request.header("X-Creator-Id", creatorId);
        }
        extraHeaders.forEach(request::header);
        return send(request);
    }

    public HttpResponse<byte[]> view(String videoId, String viewId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/videos/" + videoId + "/views"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (viewId != null) {
            request.header("View-Id", viewId);
        }
        return send(request);
    }

    public static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    public static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body built by hand, so that tests can also build broken ones. */
    public static final class Multipart {
        final String boundary = "reelstorm-" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        public Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        public Multipart file(String name, String fileName, String contentType, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        public String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        public byte[] bytes() {
            ByteArrayOutputStream copy = new ByteArrayOutputStream();
            copy.writeBytes(out.toByteArray());
            copy.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return copy.toByteArray();
        }

        private void write(String text) {
            out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
        }
    }
}
