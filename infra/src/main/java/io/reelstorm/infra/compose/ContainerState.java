package io.reelstorm.infra.compose;

import tools.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * One container as {@code docker inspect} shows it.
 *
 * @param status    {@code running}, {@code paused}, {@code exited}, {@code created}, {@code restarting}
 * @param health    {@code healthy}, {@code starting}, {@code unhealthy}, or empty without a healthcheck
 * @param addresses its IP addresses, one per network it joined
 */
public record ContainerState(String id, String service, String status, int exitCode, String health, List<String> addresses) {

    static ContainerState of(JsonNode inspected) {
        JsonNode state = inspected.path("State");
        List<String> addresses = new ArrayList<>();
        inspected.path("NetworkSettings").path("Networks").forEach(network -> {
            String address = network.path("IPAddress").asString("");
            if (!address.isEmpty()) {
                addresses.add(address);
            }
        });
        return new ContainerState(inspected.path("Id").asString(), inspected.path("Config").path("Labels")
                .path("com.docker.compose.service").asString(), state.path("Status").asString(), state.path("ExitCode").asInt(),
                state.path("Health").path("Status").asString(""), List.copyOf(addresses));
    }

    public boolean running() {
        return "running".equals(status);
    }

    /** Exited or dead: it runs no more until started. */
    public boolean stopped() {
        return "exited".equals(status) || "dead".equals(status);
    }

    public boolean healthy() {
        return running() && "healthy".equals(health);
    }

    /** The address this machine reaches it at; empty while it has none (stopped). */
    public String address() {
        return addresses.isEmpty() ? "" : addresses.getFirst();
    }
}
