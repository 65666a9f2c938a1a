package io.reelstorm.gateway.requestid;

import io.reelstorm.common.web.RequestIds;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Gives every request its {@code X-Request-Id}: a well-formed one from the caller is kept, anything else is
 * replaced. The id is forwarded to the service and returned on every response, the gateway's own errors
 * included.
 */
@Component
public class RequestIdFilter implements WebFilter, Ordered {

    private static final String ATTRIBUTE = RequestIdFilter.class.getName() + ".requestId";

    /** The request id of an exchange that went through this filter. */
    public static String requestId(ServerWebExchange exchange) {
        return exchange.getAttributeOrDefault(ATTRIBUTE, "-");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requestId = RequestIds.acceptOrCreate(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        ServerWebExchange forwarded = exchange.mutate()
                .request(request -> request.header(RequestIds.HEADER, requestId))
                .build();
        ServerHttpResponse response = forwarded.getResponse();
        // Set when the response commits: the service echoes the id too, and a copied header would appear twice.
        response.beforeCommit(() -> {
            response.getHeaders().set(RequestIds.HEADER, requestId);
            return Mono.empty();
        });
        return chain.filter(forwarded);
    }
}
