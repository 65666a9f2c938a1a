package io.reelstorm.gateway.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A real HTTP server standing in for one instance of a service. It records every request it gets (method,
 * raw path and query, headers, body size and SHA-256, digested while streaming so big uploads are never held)
 * and answers as the request asks through test-only headers: {@code X-Stub-Status} (default 201 for POST, 204
 * for DELETE, else 200), {@code X-Stub-Delay-Ms} and {@code X-Stub-Fail-First} (the first n requests carrying the
 * same request id, whichever stub gets them, answer 503). {@code GET /v3/api-docs} answers an OpenAPI description
 * listing the given paths, unless switched off. {@code GET /actuator/health/readiness} answers the gateway's health
 * checks (not recorded as requests) as {@link #ready(boolean)} says. {@link #stop()} and {@link #restart()} make the
 * instance go away and come back on the same port.
 */
public final class StubService implements AutoCloseable {

    public static final String STATUS = "X-Stub-Status";
    public static final String DELAY_MS = "X-Stub-Delay-Ms";
    public static final String SERVED_BY = "X-Served-By";
    public static final String FAIL_FIRST = "X-Stub-Fail-First";
    static final String READINESS = "/actuator/health/readiness";

    private static final Map<String, AtomicInteger> FAILURES_BY_REQUEST_ID = new ConcurrentHashMap<>();

    private final String name;
    private final List<String> documentedPaths;
    private final int port;
    private volatile HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final AtomicBoolean docsAvailable = new AtomicBoolean(true);
    private final AtomicBoolean ready = new AtomicBoolean(true);
    private final AtomicInteger healthChecks = new AtomicInteger();

    private StubService(String name, List<String> documentedPaths) throws IOException {
        this.name = name;
        this.documentedPaths = documentedPaths;
        this.server = listen(0);
        this.port = server.getAddress().getPort();
    }

    private HttpServer listen(int onPort) throws IOException {
        HttpServer listening = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort), 50);
        listening.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        listening.createContext("/", this::handle);
        listening.start();
        return listening;
    }

    public static StubService start(String name, String... documentedPaths) {
        try {
            return new StubService(name, List.of(documentedPaths));
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the " + name + " stub", e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + port;
    }

    public String name() {
        return name;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** The requests that carried this {@code X-Request-Id}. */
    public List<Request> requestsWithId(String requestId) {
        return requests.stream().filter(r -> requestId.equals(r.header("X-Request-Id"))).toList();
    }

    public void docsAvailable(boolean available) {
        docsAvailable.set(available);
    }

    /** What the instance answers to health checks: 200 when ready, else 503. */
    public void ready(boolean isReady) {
        ready.set(isReady);
    }

    /** How many health checks it has answered. */
    public int healthChecks() {
        return healthChecks.get();
    }

    /** The instance goes away: connections to its port are refused. */
    public synchronized void stop() {
        server.stop(0);
    }

    /** The instance comes back on the same port. */
    public synchronized void restart() {
        try {
            server = listen(port);
        } catch (IOException e) {
            throw new IllegalStateException("cannot restart the " + name + " stub on port " + port, e);
        }
    }

    @Override
    public void close() {
        stop();
    }

    private void handle(HttpExchange exchange) {
        try (exchange) {
            if (exchange.getRequestMethod().equals("GET") && exchange.getRequestURI().getRawPath().equals(READINESS)) {
                exchange.getRequestBody().close();
                healthChecks.incrementAndGet();
                boolean isReady = ready.get();
                respond(exchange, isReady ? 200 : 503, "application/json", isReady ? "{\"status\":\"UP\"}" : "{\"status\":\"DOWN\"}");
                return;
            }
            Request request = record(exchange);
            if (request.method().equals("GET") && request.path().equals("/v3/api-docs")) {
                if (docsAvailable.get()) {
                    respond(exchange, 200, "application/json", apiDocs());
                } else {
                    respond(exchange, 503, "application/problem+json", problem(503));
                }
                return;
            }
            String delay = request.header(DELAY_MS);
            if (delay != null) {
                Thread.sleep(Long.parseLong(delay));
            }
            String status = request.header(STATUS);
            int code = status != null ? Integer.parseInt(status)
                    : request.method().equals("POST") ? 201 : request.method().equals("DELETE") ? 204 : 200;
            if (failsFirst(request)) {
                code = 503;
            }
            if (code >= 400) {
                respond(exchange, code, "application/problem+json", problem(code));
            } else {
                respond(exchange, code, "application/json", echo(request));
            }
        } catch (IOException e) {
            // The gateway gave up on this request (e.g. its response timeout) and closed the connection.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static boolean failsFirst(Request request) {
        String failFirst = request.header(FAIL_FIRST);
        String requestId = request.header("X-Request-Id");
        if (failFirst == null || requestId == null) {
            return false;
        }
        return FAILURES_BY_REQUEST_ID.computeIfAbsent(requestId, id -> new AtomicInteger()).incrementAndGet() <= Integer.parseInt(failFirst);
    }

    private Request record(HttpExchange exchange) throws IOException {
        MessageDigest sha256 = sha256();
        long size = 0;
        try (InputStream body = exchange.getRequestBody()) {
            byte[] buffer = new byte[64 * 1024];
            for (int n; (n = body.read(buffer)) > 0; ) {
                sha256.update(buffer, 0, n);
                size += n;
            }
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(Locale.ROOT), List.copyOf(values)));
        Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                exchange.getRequestURI().getRawQuery(), headers, size, HexFormat.of().formatHex(sha256.digest()));
        requests.add(request);
        return request;
    }

    private void respond(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.getResponseHeaders().set(SERVED_BY, name);
        String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
        if (requestId != null) {
            exchange.getResponseHeaders().set("X-Request-Id", requestId);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestMethod().equals("HEAD") || status == 204) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private String echo(Request request) {
        return """
                {"service":"%s","method":"%s","path":"%s","bodyBytes":%d}"""
                .formatted(name, request.method(), request.path(), request.bodyBytes());
    }

    private String problem(int status) {
        return """
                {"type":"https://reelstorm.dev/problems/from-%s","title":"answered by %s","status":%d}"""
                .formatted(name, name, status);
    }

    private String apiDocs() {
        String paths = documentedPaths.stream()
                .map(path -> """
                        "%s":{"get":{"operationId":"%s","responses":{"200":{"description":"ok"},\
                        "400":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/ProblemDetail"}}}}}}}"""
                        .formatted(path, path.replaceAll("[^a-zA-Z]", "")))
                .collect(Collectors.joining(","));
        return """
                {"openapi":"3.1.0","info":{"title":"%s","version":"v0"},"servers":[{"url":"%s"}],"paths":{%s},
                 "components":{"schemas":{"ProblemDetail":{"type":"object","properties":{"type":{"type":"string"}}},
                 "%sOnly":{"type":"object"}}}}"""
                .formatted(name, url(), paths, name.replace("-", ""));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One request as the stub received it. */
    public record Request(String method, String path, String query, Map<String, List<String>> headers, long bodyBytes,
                          String bodySha256) {

        public String header(String headerName) {
            List<String> values = headers.get(headerName.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }
}
