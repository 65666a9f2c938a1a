package io.reelstorm.infra.link.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.reelstorm.common.control.ControlToken;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.infra.faults.FaultKind;
import io.reelstorm.infra.faults.FaultOptions;
import io.reelstorm.infra.faults.InvalidFaultException;
import io.reelstorm.infra.link.LinkFault;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A link container's control API, on the JDK's HTTP server:
 * <ul>
 *   <li>{@code GET /health}: 200 {@code {"status":"UP"}} while every route listens, else 503.</li>
 *   <li>{@code GET /links}: every group's proxies (counters) and the kinds of fault in force.</li>
 *   <li>{@code PUT /links/{group}/faults/{kind}} with the options as the JSON body ({@code partition {}},
 *       {@code latency {"ms":200,"jitter":50}}, {@code loss {"percent":20}}, {@code reset {}},
 *       {@code bandwidth {"kbps":512}}): applies it to every proxy of the group, replacing one of the
 *       same kind; answers the group.</li>
 *   <li>{@code DELETE /links/{group}/faults/{kind}}: heals that kind (absent is fine); answers the group.
 *       {@code DELETE /links/faults}: heals everything; answers every group.</li>
 * </ul>
 * Errors are RFC 9457 problem details. With a control token set, changes need {@code Authorization: Bearer <token>}.
 */
final class ControlApi implements HttpHandler {

    static final String CONTROL_PATH = "/links";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> OPTIONS = new TypeReference<>() {
    };
    private static final int MAX_BODY_BYTES = 16 * 1024;
    private static final Pattern GROUP_FAULT = Pattern.compile("/links/([^/]+)/faults/([^/]+)");
    private static final List<String> KINDS = Arrays.stream(LinkFault.Kind.values()).map(LinkFault.Kind::id).toList();

    /** Everything {@code GET /links} shows. */
    record LinksView(Map<String, LinkGroup.View> groups) {
    }

    private record Answer(int status, Object body) {
        static Answer ok(Object body) {
            return new Answer(200, body);
        }
    }

    private final LinkServer server;
    private final ControlToken token;

    ControlApi(LinkServer server, ControlToken token) {
        this.server = server;
        this.token = token;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            try {
                Answer answer = answer(exchange);
                send(exchange, answer.status(), "application/json", JSON.writeValueAsBytes(answer.body()));
            } catch (ControlProblem problem) {
                sendProblem(exchange, problem);
            } catch (RuntimeException e) {
                LinkLog.event("event=control-failed method=%s path=%s error=%s", exchange.getRequestMethod(),
                        exchange.getRequestURI().getPath(), e);
                sendProblem(exchange, new ControlProblem(ProblemType.INTERNAL, "The link failed to carry out the request; its log says why."));
            }
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/health")) {
            allow(exchange, "GET");
            boolean up = server.healthy();
            return new Answer(up ? 200 : 503, Map.of("status", up ? "UP" : "DOWN"));
        }
        if (path.equals("/links")) {
            allow(exchange, "GET");
            return Answer.ok(linksView());
        }
        if (path.equals("/links/faults")) {
            allow(exchange, "DELETE");
            authorize(exchange);
            server.groups().forEach(LinkGroup::healAll);
            LinkLog.event("event=link-faults-healed group=all");
            return Answer.ok(linksView());
        }
        Matcher groupFault = GROUP_FAULT.matcher(path);
        if (groupFault.matches()) {
            allow(exchange, "PUT", "DELETE");
            authorize(exchange);
            LinkGroup group = server.group(groupFault.group(1)).orElseThrow(() -> new ControlProblem(ProblemType.LINK_GROUP_NOT_FOUND,
                    "No link group '" + groupFault.group(1) + "' here; this link has " + server.groupNames() + "."));
            String kind = groupFault.group(2);
            FaultKind faultKind = faultKind(kind);
            if (exchange.getRequestMethod().equals("PUT")) {
                Map<String, Long> options = options(faultKind, exchange);
                group.apply(faultKind.linkFault(options));
                LinkLog.event("event=link-fault-applied group=%s kind=%s options=%s", group.name(), kind, options);
            } else {
                group.heal(LinkFault.Kind.valueOf(kind.toUpperCase(Locale.ROOT)));
                LinkLog.event("event=link-fault-healed group=%s kind=%s", group.name(), kind);
            }
            return Answer.ok(group.view());
        }
        throw new ControlProblem(ProblemType.NOT_FOUND, "No such path: " + path
                + ". The link control API has GET /health, GET /links, PUT|DELETE /links/{group}/faults/{kind}, DELETE /links/faults.");
    }

    private LinksView linksView() {
        Map<String, LinkGroup.View> groups = new LinkedHashMap<>();
        server.groups().forEach(group -> groups.put(group.name(), group.view()));
        return new LinksView(groups);
    }

    private static void allow(HttpExchange exchange, String... methods) {
        if (!Arrays.asList(methods).contains(exchange.getRequestMethod())) {
            String allowed = String.join(", ", methods);
            exchange.getResponseHeaders().set("Allow", allowed);
            throw new ControlProblem(ProblemType.METHOD_NOT_ALLOWED, exchange.getRequestMethod() + " is not allowed here; allowed: " + allowed + ".");
        }
    }

    private void authorize(HttpExchange exchange) {
        if (token.guards(exchange.getRequestMethod(), exchange.getRequestURI().getPath())
                && !token.accepts(exchange.getRequestHeaders().getFirst("Authorization"))) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer realm=\"reelstorm-control\"");
            throw new ControlProblem(ProblemType.UNAUTHORIZED, "Changing a link's faults needs Authorization: Bearer <REELSTORM_CONTROL_TOKEN>.");
        }
    }

    private static FaultKind faultKind(String kind) {
        return FaultKind.fromId("link-" + kind).orElseThrow(() -> new ControlProblem(ProblemType.INVALID_FAULT,
                "Unknown fault kind '" + kind + "'; a link takes " + KINDS + ".", "kind"));
    }

    /** The body is the fault's options: a JSON object, empty or absent for kinds without any. */
    private static Map<String, Long> options(FaultKind kind, HttpExchange exchange) throws IOException {
        byte[] body = exchange.getRequestBody().readNBytes(MAX_BODY_BYTES + 1);
        if (body.length > MAX_BODY_BYTES) {
            throw new ControlProblem(ProblemType.INVALID_REQUEST, "The body is over " + MAX_BODY_BYTES + " bytes; a fault's options are a small JSON object.");
        }
        Map<String, Object> options = Map.of();
        if (!new String(body, StandardCharsets.UTF_8).isBlank()) {
            JsonNode json;
            try {
                json = JSON.readTree(body);
            } catch (JacksonException e) {
                throw new ControlProblem(ProblemType.INVALID_REQUEST, "The body is not JSON: " + e.getOriginalMessage());
            }
            if (!json.isObject()) {
                throw new ControlProblem(ProblemType.INVALID_REQUEST, "The body must be a JSON object of options, e.g. {\"ms\":200}.");
            }
            options = JSON.convertValue(json, OPTIONS);
        }
        try {
            return FaultOptions.validate(kind, options, "");
        } catch (InvalidFaultException e) {
            throw new ControlProblem(ProblemType.INVALID_FAULT, e.getMessage(), e.field());
        }
    }

    private static void sendProblem(HttpExchange exchange, ControlProblem problem) throws IOException {
        ProblemType type = problem.type();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", type.uri().toString());
        body.put("title", type.title());
        body.put("status", type.status().value());
        body.put("detail", problem.getMessage());
        body.put("instance", exchange.getRequestURI().getPath());
        if (problem.field() != null) {
            body.put("field", problem.field());
        }
        send(exchange, type.status().value(), "application/problem+json", JSON.writeValueAsBytes(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
