package io.reelstorm.gateway.metrics;

import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_PREDICATE_MATCHED_PATH_ROUTE_ID_ATTR;
import static org.springframework.cloud.gateway.support.ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR;

import io.micrometer.common.KeyValue;
import io.micrometer.common.KeyValues;
import io.micrometer.core.instrument.Tags;
import io.reelstorm.gateway.upstream.Upstream;
import java.util.Map;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.tagsprovider.GatewayTagsProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.reactive.observation.DefaultServerRequestObservationConvention;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.http.server.reactive.observation.ServerRequestObservationConvention;

/**
 * Which route, service and data center a request went to, on the gateway's request metrics
 * ({@code http.server.requests} and {@code spring.cloud.gateway.requests}), so dashboards can split latency and
 * errors by DC. All low-cardinality: a handful of routes, services and DCs.
 */
@Configuration(proxyBeanMethods = false)
public class UpstreamTags {

    static final String ROUTE = "route";
    static final String SERVICE = "upstream.service";
    static final String DC = "upstream.dc";

    @Bean
    GatewayTagsProvider upstreamTagsProvider() {
        return exchange -> {
            Upstream upstream = Upstream.of(exchange.getAttributes());
            return Tags.of(SERVICE, upstream.service(), DC, upstream.dc());
        };
    }

    @Bean
    ServerRequestObservationConvention upstreamServerRequestConvention() {
        return new DefaultServerRequestObservationConvention() {
            @Override
            public KeyValues getLowCardinalityKeyValues(ServerRequestObservationContext context) {
                Upstream upstream = Upstream.of(context.getAttributes());
                return super.getLowCardinalityKeyValues(context)
                        .and(ROUTE, upstream.route(), SERVICE, upstream.service(), DC, upstream.dc());
            }

            /** A routed request has no handler pattern of its own; the route's path pattern stands in for it. */
            @Override
            protected KeyValue uri(ServerRequestObservationContext context) {
                Map<String, Object> attributes = context.getAttributes();
                if (attributes.get(GATEWAY_ROUTE_ATTR) instanceof Route route
                        && route.getId().equals(attributes.get(GATEWAY_PREDICATE_MATCHED_PATH_ROUTE_ID_ATTR))
                        && attributes.get(GATEWAY_PREDICATE_MATCHED_PATH_ATTR) instanceof String pattern) {
                    return KeyValue.of("uri", pattern);
                }
                return super.uri(context);
            }
        };
    }
}
