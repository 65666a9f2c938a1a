package io.reelstorm.gateway.control;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.control.ControlToken;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class ControlTokenWebFilterTest {

    private final ControlTokenWebFilter filter = new ControlTokenWebFilter(new ControlToken("secret"));

    private boolean passes(MockServerHttpRequest request) {
        AtomicBoolean passed = new AtomicBoolean();
        WebFilterChain chain = exchange -> {
            passed.set(true);
            return Mono.empty();
        };
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        filter.filter(exchange, chain).block();
        if (!passed.get()) {
            assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        }
        return passed.get();
    }

    @Test
    void aFailoverWithoutTheTokenIsRefused() {
        assertThat(passes(MockServerHttpRequest.put("/internal/routing/active-dc").build())).isFalse();
        assertThat(passes(MockServerHttpRequest.put("/internal/routing/active-dc").header("Authorization", "Bearer wrong").build())).isFalse();
    }

    @Test
    void theTokenOpensTheControlSurface() {
        assertThat(passes(MockServerHttpRequest.put("/internal/fixes/dc-failover").header("Authorization", "Bearer secret").build())).isTrue();
    }

    @Test
    void readingTheRoutingAndThePublicApiNeedNoToken() {
        assertThat(passes(MockServerHttpRequest.get("/internal/routing").build())).isTrue();
        assertThat(passes(MockServerHttpRequest.post("/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAV/views").build())).isTrue();
    }
}
