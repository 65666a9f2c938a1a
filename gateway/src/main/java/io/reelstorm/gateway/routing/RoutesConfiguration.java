package io.reelstorm.gateway.routing;

import static org.springframework.cloud.gateway.support.RouteMetadataUtils.CONNECT_TIMEOUT_ATTR;
import static org.springframework.cloud.gateway.support.RouteMetadataUtils.RESPONSE_TIMEOUT_ATTR;

import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.retry.RetryFilter;
import java.util.Map;
import org.springframework.cloud.gateway.route.RouteLocator;
import org.springframework.cloud.gateway.route.builder.RouteLocatorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * The routes, built in code from {@link ContractRoutes} and the typed settings: every contract call to its
 * service through the load balancer ({@code lb://service}), plus each service's own OpenAPI description at
 * {@code /v3/api-docs/{service}}.
 */
@Configuration(proxyBeanMethods = false)
public class RoutesConfiguration {

    public static final String API_DOCS_ROUTE_PREFIX = "api-docs-";
    private static final long NO_ROUTE_RESPONSE_TIMEOUT = -1;

    @Bean
    RouteLocator contractRoutes(RouteLocatorBuilder builder, GatewayProperties properties, RetryFilter retries) {
        RouteLocatorBuilder.Builder routes = builder.routes();
        for (ContractRoute route : ContractRoutes.ALL) {
            routes.route(route.id(), r -> r.path(false, route.path().getPatternString())
                    .and().method(route.methods().toArray(HttpMethod[]::new))
                    .filters(f -> f.filter(retries))
                    .metadata(timeouts(properties))
                    .uri("lb://" + route.service()));
        }
        for (String service : ContractRoutes.SERVICES) {
            routes.route(API_DOCS_ROUTE_PREFIX + service, r -> r.path(false, "/v3/api-docs/" + service)
                    .and().method(HttpMethod.GET)
                    .filters(f -> f.setPath("/v3/api-docs").filter(retries))
                    .metadata(timeouts(properties))
                    .uri("lb://" + service));
        }
        return routes.build();
    }

    /**
     * The connect timeout only: the response timeout depends on the fixes in force at the moment of each call, so
     * {@link io.reelstorm.gateway.upstream.UpstreamCallFilter} applies it (a negative value switches the route's off).
     */
    private static Map<String, Object> timeouts(GatewayProperties properties) {
        return Map.of(
                CONNECT_TIMEOUT_ATTR, Math.toIntExact(properties.timeouts().connect().toMillis()),
                RESPONSE_TIMEOUT_ATTR, NO_ROUTE_RESPONSE_TIMEOUT);
    }
}
