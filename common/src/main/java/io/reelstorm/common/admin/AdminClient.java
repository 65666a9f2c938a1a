package io.reelstorm.common.admin;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the launcher's admin API ({@code /admin/**}, bearer token): what the CLI, the load
 * tests and teaching demos use to read the stack's state, inject and heal faults, flip fixes and
 * fail over.
 */
public final class AdminClient {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** Killing and restarting a data center's processes takes a while. */
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final URI base;
    private final String token;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

    public AdminClient(String baseUrl, String token) {
        this.base = URI.create(baseUrl.endsWith("/") ? baseUrl : baseUrl + "/");
        this.token = token;
    }

    /** The stack: gateway and admin URLs, every process with its health, fixes, faults, links. */
    public Map<String, Object> state() {
        return send("GET", "admin/state", null);
    }

    /**
     * Injects a fault.
     *
     * @param options     kind-specific numbers, e.g. {@code ms}, {@code jitter}, {@code percent}, {@code kbps}
     * @param forDuration e.g. {@code 30s}; null until healed
     * @return the fault in force, with its {@code id}
     */
    public Map<String, Object> injectFault(String kind, String target, Map<String, ?> options, String forDuration) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("kind", kind);
        body.put("target", target);
        body.put("options", options == null ? Map.of() : options);
        if (forDuration != null) {
            body.put("for", forDuration);
        }
        return send("POST", "admin/faults", body);
    }

    public void heal(String faultId) {
        send("DELETE", "admin/faults/" + faultId, null);
    }

    /** Heals every fault in force; returns how many. */
    public int healAll() {
        Object healed = send("DELETE", "admin/faults", null).get("healed");
        return healed instanceof Number n ? n.intValue() : 0;
    }

    public Map<String, Object> setFix(String name, boolean enabled) {
        return send("PUT", "admin/fixes/" + name, Map.of("enabled", enabled));
    }

    /** The naive operator step: send all traffic to {@code dc}. */
    public Map<String, Object> failover(String dc) {
        return send("POST", "admin/failover/" + dc, null);
    }

    private Map<String, Object> send(String method, String path, Object body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(TIMEOUT)
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json, application/problem+json");
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            Map<String, Object> json = parse(response.body());
            if (response.statusCode() / 100 != 2) {
                throw new AdminException(response.statusCode(), json);
            }
            return json;
        } catch (IOException e) {
            throw new AdminException(0, Map.of("detail", "the admin API at " + base + " does not answer: " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminException(0, Map.of("detail", "interrupted"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(String body) {
        if (body == null || body.isBlank()) {
            return Map.of();
        }
        try {
            return JSON.readValue(body, Map.class);
        } catch (JacksonException e) {
            return Map.of("detail", body);
        }
    }
}
