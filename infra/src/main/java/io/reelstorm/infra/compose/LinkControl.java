package io.reelstorm.infra.compose;

import io.reelstorm.infra.link.LinkFault;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * The control API of a link container ({@code reelstorm link}): puts faults on and takes them off a
 * link group there.
 */
class LinkControl {

    static final int PORT = 9000;
    private static final Duration TIMEOUT = Duration.ofSeconds(3);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
    private final String token;

    LinkControl(String token) {
        this.token = token;
    }

    void apply(String address, String group, LinkFault fault) {
        send(address, "PUT", "/links/" + group + "/faults/" + fault.kind().id(), options(fault));
    }

    void heal(String address, String group, LinkFault.Kind kind) {
        send(address, "DELETE", "/links/" + group + "/faults/" + kind.id(), null);
    }

    static Map<String, Object> options(LinkFault fault) {
        Map<String, Object> options = new LinkedHashMap<>();
        switch (fault) {
            case LinkFault.Latency latency -> {
                options.put("ms", latency.delay().toMillis());
                options.put("jitter", latency.jitter().toMillis());
            }
            case LinkFault.Loss loss -> options.put("percent", loss.percent());
            case LinkFault.Bandwidth bandwidth -> options.put("kbps", bandwidth.kilobitsPerSecond());
            case LinkFault.Partition partition -> {
            }
            case LinkFault.Reset reset -> {
            }
        }
        return options;
    }

    private String send(String address, String method, String path, Map<String, Object> body) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address + ":" + PORT + path))
                    .timeout(TIMEOUT)
                    .header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
            if (!token.isBlank()) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() / 100 != 2) {
                throw new IllegalStateException("the link at " + address + " answered " + response.statusCode() + " to " + method + " "
                        + path + ": " + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new IllegalStateException("the link at " + address + " did not answer " + method + " " + path + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
