package io.reelstorm.load;

import io.reelstorm.common.admin.AdminClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * The running stack a test talks to, as {@code ./reelstorm test} describes it in system properties:
 * {@code reelstorm.baseUrl} (the gateway), {@code reelstorm.adminUrl} and {@code reelstorm.adminTokenFile}.
 */
public final class RunningStack {

    private RunningStack() {
    }

    public static Gateway gateway() {
        return new Gateway(System.getProperty("reelstorm.baseUrl", "http://127.0.0.1:8080"));
    }

    public static AdminClient admin() {
        String url = System.getProperty("reelstorm.adminUrl", "http://127.0.0.1:8090");
        Path tokenFile = Path.of(System.getProperty("reelstorm.adminTokenFile", ".reelstorm/run/admin-token"));
        try {
            return new AdminClient(url, Files.readString(tokenFile).trim());
        } catch (IOException e) {
            throw new UncheckedIOException("no admin token at " + tokenFile + " (is the stack running?)", e);
        }
    }

    /**
     * Heals every fault and waits until every process of the stack is up again and the gateway routes
     * to all of them (health checks passing, no breaker open).
     */
    public static void restoreHealth(AdminClient admin, Duration timeout) {
        admin.healAll();
        await("every process up", timeout, () -> everythingUp(admin.state()));
        Gateway gateway = gateway();
        await("the gateway to route to every instance", timeout, () -> allInstancesHealthy(gateway));
    }

    private static boolean allInstancesHealthy(Gateway gateway) {
        var response = gateway.get("/internal/routing");
        if (response.statusCode() != 200) {
            return false;
        }
        for (var instance : Gateway.json(response).get("instances")) {
            // An open breaker keeps routing away from an instance for a while after it is healthy again.
            if (!instance.get("healthy").asBoolean() || "OPEN".equals(instance.path("breaker").asString())) {
                return false;
            }
        }
        return true;
    }

    @SuppressWarnings("unchecked")
    static boolean everythingUp(Map<String, Object> state) {
        Map<String, Object> dataCenters = (Map<String, Object>) state.get("dataCenters");
        for (Object members : dataCenters.values()) {
            for (Object member : ((Map<String, Object>) members).values()) {
                if (!"up".equals(((Map<String, Object>) member).get("health"))) {
                    return false;
                }
            }
        }
        return "up".equals(((Map<String, Object>) state.get("gateway")).get("health"));
    }

    /** Polls until the condition holds; fails naming what was awaited. Returns how long it took. */
    public static Duration await(String what, Duration timeout, BooleanSupplier condition) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try {
                if (condition.getAsBoolean()) {
                    return Duration.between(start, Instant.now());
                }
            } catch (RuntimeException e) {
                // not yet: the condition's call failed, which is what waiting is for
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what);
            }
        }
        throw new AssertionError("timed out after " + timeout.toSeconds() + " s waiting for " + what);
    }
}
