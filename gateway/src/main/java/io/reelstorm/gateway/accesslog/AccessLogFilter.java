package io.reelstorm.gateway.accesslog;

import io.reelstorm.common.web.RequestIds;
import io.reelstorm.gateway.errors.ProblemErrorHandler;
import io.reelstorm.gateway.requestid.RequestIdFilter;
import io.reelstorm.gateway.retry.RetryFilter;
import io.reelstorm.gateway.upstream.Upstream;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

/**
 * Exactly one {@code event=access} line per request, with the status the client got, where the request went
 * and how many attempts it took.
 */
@Component
public class AccessLogFilter implements WebFilter, Ordered {

    private static final Logger log = LoggerFactory.getLogger("access");
    /** What nginx logs when the client went away before the answer: there is no status to report. */
    private static final int CLIENT_CLOSED_REQUEST = 499;

    private final ProblemErrorHandler errors;

    public AccessLogFilter(ProblemErrorHandler errors) {
        this.errors = errors;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    /**
     * Errors are rendered here rather than further out by the framework, so that the line carries the status
     * of the problem the client actually got.
     */
    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long start = System.nanoTime();
        return chain.filter(exchange)
                .onErrorResume(error -> errors.handle(exchange, error))
                .doFinally(signal -> log(exchange, signal, start));
    }

    private static void log(ServerWebExchange exchange, SignalType signal, long start) {
        ServerHttpRequest request = exchange.getRequest();
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        int code = signal == SignalType.CANCEL ? CLIENT_CLOSED_REQUEST : status != null ? status.value() : 200;
        Upstream upstream = Upstream.of(exchange.getAttributes());
        String requestId = RequestIdFilter.requestId(exchange);
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
            log.info("event=access method={} path={} status={} durationMs={} requestId={} client={} route={} upstream={} upstreamDc={} attempts={}",
                    request.getMethod().name(), request.getURI().getRawPath(), code,
                    TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start), requestId, ClientKey.of(request),
                    upstream.route(), upstream.url(), upstream.dc(), exchange.getAttributeOrDefault(RetryFilter.ATTEMPTS, 0));
        }
    }
}
