package io.reelstorm.gateway.routing;

import java.util.Set;
import org.springframework.http.HttpMethod;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * One call of the public contract and the service that answers it.
 *
 * @param id      the route id, as access logs and metrics name it
 * @param service the service (load-balancer name) that answers
 * @param path    the path pattern; its variables {@code id} and {@code creatorId} are validated at the edge
 * @param methods the methods the contract allows on this path
 */
public record ContractRoute(String id, String service, PathPattern path, Set<HttpMethod> methods) {

    static ContractRoute of(String id, String service, String path, HttpMethod... methods) {
        return new ContractRoute(id, service, PathPatternParser.defaultInstance.parse(path), Set.of(methods));
    }
}
