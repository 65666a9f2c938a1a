package io.reelstorm.infra.local;

import io.reelstorm.infra.stack.ProcessSpec;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Talks to the internal control surface of the stack's Java processes ({@code /internal/**}), directly
 * rather than through the link proxies: control must work while a link is broken.
 */
public final class ServiceControl {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String token;

    /** @param token the control token the processes were started with */
    public ServiceControl(String token) {
        this.token = token;
    }

    /** Sends {@code method path} with a JSON body; throws when the process does not answer 2xx. */
    public String send(ProcessSpec process, String method, String path, String json) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(process.url() + path))
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException(process.id() + " answered " + response.statusCode() + " to " + method + " " + path + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException(process.id() + " did not answer " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
