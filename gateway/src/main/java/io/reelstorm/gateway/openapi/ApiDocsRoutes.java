package io.reelstorm.gateway.openapi;

import static org.springframework.web.reactive.function.server.RequestPredicates.GET;

import io.reelstorm.gateway.requestid.RequestIdFilter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * {@code GET /v3/api-docs}: the one aggregated description. (Each service's own one is a gateway route,
 * {@code /v3/api-docs/{service}}.)
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsRoutes {

    @Bean
    RouterFunction<ServerResponse> aggregatedApiDocs(ApiDocsAggregator aggregator) {
        return RouterFunctions.route(GET("/v3/api-docs"), request -> {
            String serverUrl = UriComponentsBuilder.fromUri(request.uri()).replacePath(null).replaceQuery(null).fragment(null)
                    .build().toUriString();
            return aggregator.aggregate(serverUrl, RequestIdFilter.requestId(request.exchange()))
                    .flatMap(description -> ServerResponse.ok().contentType(MediaType.APPLICATION_JSON).bodyValue(description));
        });
    }
}
