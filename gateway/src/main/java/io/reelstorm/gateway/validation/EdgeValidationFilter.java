package io.reelstorm.gateway.validation;

import io.reelstorm.gateway.routing.ContractRoutes;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Applies {@link EdgeValidation} to every request before it is routed. */
@Component
public class EdgeValidationFilter implements WebFilter, Ordered {

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 2;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return Mono.defer(() -> {
            EdgeValidation.check(exchange.getRequest().getMethod(), exchange.getRequest().getURI().getRawPath(),
                    ContractRoutes.match(exchange));
            return chain.filter(exchange);
        });
    }
}
