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
final class Gateway {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Gateway(String baseUrl) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
    }

    URI uri(String path) {
        return base.resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    HttpResponse<byte[]> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<byte[]> get(String path, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    HttpResponse<byte[]> upload(String creatorId, String title, String fileName, String contentType, byte[] bytes,
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

    HttpResponse<byte[]> view(String videoId, String viewId) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/videos/" + videoId + "/views"))
                .POST(HttpRequest.BodyPublishers.noBody());
        if (viewId != null) {
            request.header("View-Id", viewId);
        }
        return send(request);
    }

    static JsonNode json(HttpResponse<byte[]> response) {
        return JSON.readTree(response.body());
    }

    static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    /** A multipart/form-data body built by hand, so that tests can also build broken ones. */
    static final class Multipart {
        final String boundary = "reelstorm-" + UUID.randomUUID();
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();

        Multipart field(String name, String value) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
            return this;
        }

        Multipart file(String name, String fileName, String contentType, byte[] bytes) {
            write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                    + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
            out.writeBytes(bytes);
            write("\r\n");
            return this;
        }

        String contentType() {
            return "multipart/form-data; boundary=" + boundary;
        }

        byte[] bytes() {
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
