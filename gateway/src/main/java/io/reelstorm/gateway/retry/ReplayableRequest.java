package io.reelstorm.gateway.retry;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Holds a small request body in memory so that every attempt can send it again. Only for bodies whose declared
 * size is within {@code safe-retries.max-replayable-body}; uploads are never held.
 */
final class ReplayableRequest {

    private ReplayableRequest() {
    }

    static Mono<ServerWebExchange> of(ServerWebExchange exchange, int maxBytes) {
        return DataBufferUtils.join(exchange.getRequest().getBody(), maxBytes)
                .map(ReplayableRequest::bytes)
                .defaultIfEmpty(new byte[0])
                .map(body -> exchange.mutate().request(new ServerHttpRequestDecorator(exchange.getRequest()) {
                    @Override
                    public Flux<DataBuffer> getBody() {
                        return Flux.defer(() -> Flux.just(exchange.getResponse().bufferFactory().wrap(body)));
                    }
                }).build());
    }

    private static byte[] bytes(DataBuffer joined) {
        try {
            byte[] body = new byte[joined.readableByteCount()];
            joined.read(body);
            return body;
        } finally {
            DataBufferUtils.release(joined);
        }
    }
}
