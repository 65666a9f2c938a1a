package io.reelstorm.gateway.routing;

import static org.springframework.http.HttpMethod.DELETE;
import static org.springframework.http.HttpMethod.GET;
import static org.springframework.http.HttpMethod.HEAD;
import static org.springframework.http.HttpMethod.POST;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;

/** The public contract of DESIGN.md: which service answers which call. Routes and edge validation share it. */
public final class ContractRoutes {

    public static final String UPLOAD_SERVICE = "upload-service";
    public static final String FEED_SERVICE = "feed-service";
    public static final String METRICS_SERVICE = "metrics-service";
    public static final List<String> SERVICES = List.of(UPLOAD_SERVICE, FEED_SERVICE, METRICS_SERVICE);

    public static final List<ContractRoute> ALL = List.of(
            ContractRoute.of("record-view", METRICS_SERVICE, "/api/videos/{id}/views", POST),
            ContractRoute.of("video-stats", METRICS_SERVICE, "/api/videos/{id}/stats", GET),
            ContractRoute.of("upload-video", UPLOAD_SERVICE, "/api/videos", POST),
            ContractRoute.of("video", UPLOAD_SERVICE, "/api/videos/{id}", GET, HEAD, DELETE),
            ContractRoute.of("video-content", UPLOAD_SERVICE, "/api/videos/{id}/content", GET, HEAD),
            ContractRoute.of("feed", FEED_SERVICE, "/api/feed", GET),
            ContractRoute.of("creator-videos", FEED_SERVICE, "/api/creators/{creatorId}/videos", GET));

    private static final String MATCH_ATTRIBUTE = ContractRoutes.class.getName() + ".match";

    private ContractRoutes() {
    }

    /** The match of the exchange's request, computed by the first filter that asks and kept on the exchange. */
    public static RouteMatch match(ServerWebExchange exchange) {
        RouteMatch known = exchange.getAttribute(MATCH_ATTRIBUTE);
        if (known != null) {
            return known;
        }
        ServerHttpRequest request = exchange.getRequest();
        RouteMatch match = match(request.getMethod(), PathContainer.parsePath(request.getURI().getRawPath()));
        exchange.getAttributes().put(MATCH_ATTRIBUTE, match);
        return match;
    }

    /** Matches a request path the way the gateway's path predicates do (no trailing-slash leniency). */
    public static RouteMatch match(HttpMethod method, PathContainer path) {
        Set<HttpMethod> allowed = new TreeSet<>(Comparator.comparing(HttpMethod::name));
        for (ContractRoute route : ALL) {
            PathPattern.PathMatchInfo info = route.path().matchAndExtract(path);
            if (info == null) {
                continue;
            }
            if (route.methods().contains(method)) {
                return new RouteMatch.Matched(route, info.getUriVariables());
            }
            allowed.addAll(route.methods());
        }
        return allowed.isEmpty() ? new RouteMatch.Unknown() : new RouteMatch.MethodNotAllowed(allowed);
    }
}
