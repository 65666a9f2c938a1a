package io.reelstorm.gateway.errors;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.common.web.RequestIds;
import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.requestid.RequestIdFilter;
import io.reelstorm.gateway.upstream.Upstream;
import io.reelstorm.gateway.upstream.UpstreamFailure;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Every error of the gateway itself leaves as RFC 9457 {@code application/problem+json} with a stable type,
 * never a stack trace. Answers of the services, errors included, pass through untouched and never get here.
 * Ordered before Spring Boot's default handler (-1).
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final String EXPECTED = ProblemErrorHandler.class.getName() + ".expected";

    private final GatewayProblems problems;
    private final ServerResponse.Context context;

    public ProblemErrorHandler(GatewayProperties properties, ServerCodecConfigurer codecs) {
        this.problems = new GatewayProblems(properties.retryAfter());
        this.context = new Writers(codecs.getWriters());
    }

    /**
     * Marks the error the exchange is about to end with as an expected refusal (load shedding): metrics and the
     * access log count those; a log line each would flood the log exactly when it matters most.
     */
    public static void expected(ServerWebExchange exchange) {
        exchange.getAttributes().put(EXPECTED, Boolean.TRUE);
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        ServerHttpRequest request = exchange.getRequest();
        Upstream upstream = Upstream.of(exchange.getAttributes());
        ApiProblem problem = problems.toProblem(error, request.getMethod(), request.getURI().getRawPath(), upstream);
        logProblem(exchange, error, problem, upstream);
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        return write(exchange, problem.type().status().value(), problem.toProblemDetail(), problem.headers());
    }

    private Mono<Void> write(ServerWebExchange exchange, int status, ProblemDetail body, HttpHeaders headers) {
        return ServerResponse.status(HttpStatusCode.valueOf(status))
                .headers(all -> all.addAll(headers))
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .bodyValue(body)
                .flatMap(response -> response.writeTo(exchange, context));
    }

    private static void logProblem(ServerWebExchange exchange, Throwable error, ApiProblem problem, Upstream upstream) {
        if (!problem.type().status().is5xxServerError() || exchange.getAttribute(EXPECTED) != null
                || UpstreamFailure.of(error).orElse(null) == UpstreamFailure.CIRCUIT_OPEN) {
            return;
        }
        try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, RequestIdFilter.requestId(exchange))) {
            if (problem.type() == ProblemType.INTERNAL) {
                log.error("event=unexpected-error method={} path={} route={}", exchange.getRequest().getMethod().name(),
                        exchange.getRequest().getURI().getRawPath(), upstream.route(), error);
            } else {
                log.warn("event=upstream-failure route={} service={} upstreamDc={} upstream={} type={} error=\"{}\"",
                        upstream.route(), upstream.service(), upstream.dc(), upstream.url(), problem.type().slug(),
                        String.valueOf(error.getMessage()).replace('"', '\''));
            }
        }
    }

    private record Writers(List<HttpMessageWriter<?>> messageWriters) implements ServerResponse.Context {

        @Override
        public List<ViewResolver> viewResolvers() {
            return List.of();
        }
    }
}
