package io.reelstorm.gateway.health;

import io.netty.channel.ChannelOption;
import io.reelstorm.gateway.GatewayProperties;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.SmartLifecycle;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.HttpClient;

/**
 * Active health checks: every {@code interval}, every configured instance of every data center is asked for its
 * readiness. They run whether or not {@code dc-failover} is on, so the routing status always shows them.
 */
@Component
public class HealthChecker implements SmartLifecycle {

    private final List<Target> targets = new ArrayList<>();
    private final InstanceHealthRegistry registry;
    private final HealthCheckProperties properties;
    private final WebClient web;
    private volatile Disposable running;

    public HealthChecker(GatewayProperties topology, InstanceHealthRegistry registry, HealthCheckProperties properties) {
        this.registry = registry;
        this.properties = properties;
        topology.services().values().forEach(service -> service.instances().forEach(instance -> targets.add(new Target(
                instance.id(), UriComponentsBuilder.fromUri(instance.url()).path(properties.path()).build().toUri()))));
        HttpClient http = HttpClient.create()
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, Math.toIntExact(properties.timeout().toMillis()))
                .responseTimeout(properties.timeout());
        this.web = WebClient.builder().clientConnector(new ReactorClientHttpConnector(http)).build();
    }

    @Override
    public void start() {
        // A round that is still running when the next tick comes makes that tick drop: checks never pile up.
        running = Flux.interval(properties.interval())
                .onBackpressureDrop()
                .concatMap(tick -> checkAll(), 1)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable current = running;
        if (current != null) {
            current.dispose();
        }
        running = null;
    }

    @Override
    public boolean isRunning() {
        return running != null;
    }

    private Mono<Void> checkAll() {
        return Flux.fromIterable(targets).flatMap(this::check).then();
    }

    private Mono<Void> check(Target target) {
        return web.get().uri(target.url())
                .exchangeToMono(response -> response.releaseBody().thenReturn(new Check(
                        response.statusCode().is2xxSuccessful(), "status " + response.statusCode().value())))
                .timeout(properties.timeout())
                .onErrorResume(error -> Mono.just(new Check(false, error.getClass().getSimpleName() + ": " + error.getMessage())))
                .doOnNext(check -> registry.recordCheck(target.id(), check.passed(), check.detail().replace('"', '\'')))
                .then();
    }

    private record Target(String id, URI url) {
    }

    private record Check(boolean passed, String detail) {
    }
}
