package io.reelstorm.gateway.control;

import io.reelstorm.common.control.ControlToken;
import io.reelstorm.common.problem.ProblemType;
import java.nio.charset.StandardCharsets;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * The gateway is the public entry, and its control surface ({@code /internal/**}) shares its port:
 * changing routing or fixes there needs the launcher's token ({@link ControlToken}).
 */
public class ControlTokenWebFilter implements WebFilter, Ordered {

    private final ControlToken token;

    public ControlTokenWebFilter(ControlToken token) {
        this.token = token;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 5;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!token.guards(request.getMethod().name(), request.getURI().getRawPath())
                || token.accepts(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION))) {
            return chain.filter(exchange);
        }
        ProblemType type = ProblemType.UNAUTHORIZED;
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(type.status());
        response.getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"reelstorm-control\"");
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer body = response.bufferFactory().wrap(("{\"type\":\"" + type.uri() + "\",\"title\":\"" + type.title()
                + "\",\"status\":401,\"detail\":\"Changing the control surface needs the launcher's token.\"}")
                .getBytes(StandardCharsets.UTF_8));
        return response.writeWith(Mono.just(body));
    }
}
