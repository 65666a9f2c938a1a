package io.reelstorm.feed;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Plays metrics-service's internal API ({@code POST /internal/views/counts}, {@code GET
 * /internal/trending}) over real HTTP: it is our own service contract, not a store. Counts and the
 * trending list are whatever a test sets; it can be unplugged to play a metrics-service that is down,
 * or made to hang to play one that accepts calls and never answers.
 */
public final class MetricsStub {

    private static final JsonMapper JSON = JsonMapper.shared();

    private final Map<String, Long> views = new ConcurrentHashMap<>();
    private final AtomicInteger countRequests = new AtomicInteger();
    private volatile List<String> trending = List.of();
    private volatile CountDownLatch hang = new CountDownLatch(0);
    private final int port;
    private HttpServer server;

    public MetricsStub() {
        this.server = bind(0);
        this.port = server.getAddress().getPort();
        server.start();
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public void views(String videoId, long count) {
        views.put(videoId, count);
    }

    public void trending(List<String> ids) {
        trending = List.copyOf(ids);
    }

    public int countRequests() {
        return countRequests.get();
    }

    public void reset() {
        views.clear();
        trending = List.of();
        countRequests.set(0);
    }

    /** Runs {@code action} while nothing listens on the stub's port (connections are refused). */
    public synchronized void unplugged(Runnable action) {
        server.stop(0);
        try {
            action.run();
        } finally {
            server = bind(port);
            server.start();
        }
    }

    /** Runs {@code action} while every request is held without an answer until it ends. */
    public void hanging(Runnable action) {
        CountDownLatch held = new CountDownLatch(1);
        hang = held;
        try {
            action.run();
        } finally {
            held.countDown();
        }
    }

    private HttpServer bind(int onPort) {
        try {
            HttpServer created = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 0);
            // A thread per request, so that held requests do not keep the others waiting.
            created.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
            created.createContext("/internal/views/counts", this::counts);
            created.createContext("/internal/trending", this::trending);
            return created;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void counts(HttpExchange exchange) throws IOException {
        countRequests.incrementAndGet();
        holdWhileHanging();
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        Map<String, Object> counts = new LinkedHashMap<>();
        request.get("ids").values().forEach(id ->
                counts.put(id.asString(), Map.of("views", views.getOrDefault(id.asString(), 0L), "stale", false)));
        respond(exchange, Map.of("counts", counts, "servedBy", "east/metrics-service#1"));
    }

    private void trending(HttpExchange exchange) throws IOException {
        holdWhileHanging();
        String query = exchange.getRequestURI().getQuery();
        int limit = query != null && query.startsWith("limit=") ? Integer.parseInt(query.substring(6)) : 20;
        List<Map<String, Object>> items = trending.stream().limit(limit)
                .map(id -> Map.<String, Object>of("id", id, "score", 1.0))
                .toList();
        respond(exchange, Map.of("items", items));
    }

    private void holdWhileHanging() {
        try {
            hang.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void respond(HttpExchange exchange, Object body) throws IOException {
        byte[] json = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, json.length);
        try (var out = exchange.getResponseBody()) {
            out.write(json);
        }
    }
}
