package io.reelstorm.gateway.openapi;

import io.netty.channel.ChannelOption;
import io.reelstorm.common.web.RequestIds;
import io.reelstorm.gateway.GatewayProperties;
import io.reelstorm.gateway.routing.ContractRoutes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.reactive.ReactiveLoadBalancer;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Gathers every service's {@code /v3/api-docs} from an instance the load balancer picks (so, in the active data
 * center) and merges them. A service that does not answer in time is left out and named.
 */
@Component
public class ApiDocsAggregator {

    private static final Logger log = LoggerFactory.getLogger(ApiDocsAggregator.class);
    /** Far above any real description; only a limit on what one misbehaving service can make us hold. */
    private static final int MAX_DESCRIPTION_BYTES = 4 * 1024 * 1024;

    private final ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers;
    private final JsonMapper json;
    private final Duration timeout;
    private final WebClient web;

    public ApiDocsAggregator(ReactiveLoadBalancer.Factory<ServiceInstance> loadBalancers, JsonMapper json,
                             GatewayProperties properties) {
        this.loadBalancers = loadBalancers;
        this.json = json;
        this.timeout = properties.apiDocs().timeout();
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.timeouts().connect().toMillis()))
                .responseTimeout(timeout);
        this.web = WebClient.builder()
                .clientConnector(new ReactorClientHttpConnector(http))
                .codecs(codecs -> codecs.defaultCodecs().maxInMemorySize(MAX_DESCRIPTION_BYTES))
                .build();
    }

    /** The merged description, with {@code serverUrl} as its only server. */
    public Mono<ObjectNode> aggregate(String serverUrl, String requestId) {
        return Flux.fromIterable(ContractRoutes.SERVICES)
                .flatMapSequential(service -> fetch(service)
                        .map(description -> new Fetched(service, description))
                        .onErrorResume(error -> {
                            try (MDC.MDCCloseable ignored = MDC.putCloseable(RequestIds.MDC_KEY, requestId)) {
                                log.warn("event=api-docs-unavailable service={} error=\"{}\"", service,
                                        String.valueOf(error.getMessage()).replace('"', '\''));
                            }
                            return Mono.just(new Fetched(service, null));
                        }))
                .collectList()
                .map(fetched -> merge(fetched, serverUrl));
    }

    private Mono<JsonNode> fetch(String service) {
        return Mono.from(loadBalancers.getInstance(service).choose())
                .flatMap(response -> response.hasServer()
                        ? Mono.just(response.getServer())
                        : Mono.error(new IllegalStateException("no instance in the active data center")))
                .flatMap(instance -> web.get()
                        .uri(UriComponentsBuilder.fromUri(instance.getUri()).path("/v3/api-docs").build().toUri())
                        .retrieve()
                        .bodyToMono(String.class))
                .map(json::readTree)
                .filter(description -> description.path("paths").isObject())
                .switchIfEmpty(Mono.error(new IllegalStateException("not an OpenAPI description")))
                .timeout(timeout);
    }

    private static ObjectNode merge(List<Fetched> fetched, String serverUrl) {
        Map<String, JsonNode> descriptions = new LinkedHashMap<>();
        List<String> unavailable = fetched.stream().filter(f -> f.description() == null).map(Fetched::service).toList();
        fetched.stream().filter(f -> f.description() != null).forEach(f -> descriptions.put(f.service(), f.description()));
        return OpenApiMerger.merge(descriptions, unavailable, serverUrl);
    }

    private record Fetched(String service, JsonNode description) {
    }
}
