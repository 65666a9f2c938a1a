package io.reelstorm.gateway.routing;

import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpMethod;

/** What the contract says about a method and path. */
public sealed interface RouteMatch {

    /** The path is not part of the public contract. */
    record Unknown() implements RouteMatch {
    }

    /** The path is, but not with this method. */
    record MethodNotAllowed(Set<HttpMethod> allowed) implements RouteMatch {
    }

    /** A contract call, with its (decoded) path variables. */
    record Matched(ContractRoute route, Map<String, String> variables) implements RouteMatch {
    }
}
