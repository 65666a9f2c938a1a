package io.reelstorm.load.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.load.Gateway;
import io.reelstorm.load.RunningStack;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The same faults against the resilient stack ({@code --fixes all}): the symptoms of
 * {@code NaiveFaultsIT} are gone. Figures worth reporting (failover time, convergence) are printed.
 */
@Tag("resilient")
class ResilientFaultsIT {

    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private final Gateway gateway = RunningStack.gateway();
    private final AdminClient admin = RunningStack.admin();
    private final String creator = Clips.creator();

    @AfterEach
    void restore() {
        RunningStack.restoreHealth(admin, RECOVERY);
    }

    @Test
    void powerLossOfEastKeepsUploadsWorkingAndCountsHonestAndTheyConvergeWhenPowerReturns() {
        String id = Clips.uploaded(gateway, creator);
        assertThat(Clips.views(gateway, id, 5)).isEqualTo(5);
        RunningStack.await("both DCs to count 5", Duration.ofSeconds(10),
                () -> DataCenterReads.views(admin, "east", id) == 5 && DataCenterReads.views(admin, "west", id) == 5);

        String powerLoss = (String) admin.injectFault("power-loss", "east", Map.of(), null).get("id");
        Instant dark = Instant.now();

        String key = UUID.randomUUID().toString();
        Duration toFirstUpload = RunningStack.await("an upload to succeed", Duration.ofSeconds(5),
                () -> Clips.upload(gateway, creator, Map.of("Idempotency-Key", key)).statusCode() == 201);
        System.out.printf("[resilient] first successful upload %d ms after east went dark%n", toFirstUpload.toMillis());

        List<Long> readings = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            HttpResponse<byte[]> stats = gateway.getLikeTheApp("/api/videos/" + id + "/stats");
            assertThat(stats.statusCode()).as("stats while east is dark (after the app's own retries)").isEqualTo(200);
            JsonNode json = Gateway.json(stats);
            assertThat(json.get("views").isNull() || json.get("views").asLong() >= 5)
                    .as("never fewer than the 5 acknowledged views: %s", json).isTrue();
            readings.add(json.get("views").asLong());
        }
        assertThat(Clips.views(gateway, id, 3)).as("views while east is dark").isEqualTo(3);
        assertThat(gateway.getLikeTheApp("/api/videos/" + id + "/content").statusCode()).as("the clip still plays").isEqualTo(200);
        System.out.printf("[resilient] readings during the outage: %s (%d ms after dark)%n", readings,
                Duration.between(dark, Instant.now()).toMillis());

        admin.heal(powerLoss);
        RunningStack.restoreHealth(admin, RECOVERY);
        Duration converged = RunningStack.await("both DCs to count exactly 8", Duration.ofSeconds(30),
                () -> DataCenterReads.views(admin, "east", id) == 8 && DataCenterReads.views(admin, "west", id) == 8);
        System.out.printf("[resilient] both DCs agree on 8 views %d ms after east was back%n", converged.toMillis());
    }

    @Test
    void aPartitionBetweenDataCentersConvergesToExactlyTheAcknowledgedViews() {
        String id = Clips.uploaded(gateway, creator);
        RunningStack.await("the video in both DCs", Duration.ofSeconds(10),
                () -> DataCenterReads.views(admin, "east", id) == 0 && DataCenterReads.views(admin, "west", id) == 0);
        String eastClient = clientHomedIn("east", id);
        String westClient = clientHomedIn("west", id);

        admin.injectFault("link-partition", "east-west", Map.of(), null);
        pauseOneStalenessBudget();
        int acknowledged = viewsAs(eastClient, id, 4) + viewsAs(westClient, id, 3);
        assertThat(acknowledged).isEqualTo(7);
        assertThat(DataCenterReads.views(admin, "east", id)).as("east alone during the partition").isEqualTo(4);
        JsonNode westDuring = DataCenterReads.stats(admin, "west", id);
        assertThat(westDuring.get("stale").asBoolean()).as("west knows it cannot see east's views").isTrue();

        admin.healAll();

        Duration converged = RunningStack.await("both DCs to count exactly 7", Duration.ofSeconds(30),
                () -> DataCenterReads.views(admin, "east", id) == 7 && DataCenterReads.views(admin, "west", id) == 7);
        System.out.printf("[resilient] converged %d ms after the partition healed%n", converged.toMillis());
    }

    @Test
    void aCounterStoreOutageNeverShowsZero() {
        String id = Clips.uploaded(gateway, creator);
        assertThat(Clips.views(gateway, id, 3)).isEqualTo(3);
        RunningStack.await("both DCs to count 3", Duration.ofSeconds(10),
                () -> DataCenterReads.views(admin, "west", id) == 3);
        pauseOneStalenessBudget();

        admin.injectFault("store-outage", "east/redis-counters", Map.of(), null);

        for (int i = 0; i < 5; i++) {
            HttpResponse<byte[]> stats = gateway.getLikeTheApp("/api/videos/" + id + "/stats");
            assertThat(stats.statusCode()).isEqualTo(200);
            assertThat(Gateway.json(stats).get("views").asLong()).isGreaterThanOrEqualTo(3);
            JsonNode item = Gateway.json(gateway.getLikeTheApp("/api/creators/" + creator + "/videos")).get("items").get(0);
            assertThat(item.get("views").isNull() || item.get("views").asLong() >= 3).as("dashboard: %s", item).isTrue();
        }
    }

    @Test
    void aFrozenObjectStoreDoesNotStopUploads() {
        admin.injectFault("store-freeze", "east/objects", Map.of(), null);

        String key = UUID.randomUUID().toString();
        Duration took = RunningStack.await("an upload to succeed", Duration.ofSeconds(30),
                () -> Clips.upload(gateway, creator, Map.of("Idempotency-Key", key)).statusCode() == 201);
        System.out.printf("[resilient] upload acknowledged %d ms into the object-store freeze%n", took.toMillis());
    }

    @Test
    void aSlowInstanceBehindASkewedBalancerDoesNotSlowOtherRoutes() {
        String id = Clips.uploaded(gateway, creator);
        admin.injectFault("lb-skew", "east/metrics-service#2", Map.of(), null);
        admin.injectFault("slow-instance", "east/metrics-service#2", Map.of("ms", 5000), null);

        for (int i = 0; i < 6; i++) {
            gateway.send(HttpRequest.newBuilder(gateway.uri("/api/videos/" + id + "/stats")).GET(), Duration.ofSeconds(10));
        }
        for (String path : List.of("/api/feed?limit=5", "/api/videos/" + id, "/api/creators/" + creator + "/videos")) {
            Instant start = Instant.now();
            assertThat(gateway.getLikeTheApp(path).statusCode()).as(path).isEqualTo(200);
            assertThat(Duration.between(start, Instant.now())).as(path).isLessThan(Duration.ofSeconds(2));
        }
        Instant start = Instant.now();
        HttpResponse<byte[]> stats = gateway.getLikeTheApp("/api/videos/" + id + "/stats");
        assertThat(Duration.between(start, Instant.now())).as("stats, once the breaker has opened").isLessThan(Duration.ofMillis(2500));
        assertThat(stats.statusCode()).isIn(200, 503);
    }

    @Test
    void resetsOnTheGatewayLinkAreAbsorbed() {
        String id = Clips.uploaded(gateway, creator);
        admin.injectFault("link-reset", "gateway-east", Map.of(), null);

        RunningStack.await("reads to succeed", Duration.ofSeconds(10), () -> gateway.getLikeTheApp("/api/videos/" + id + "/stats").statusCode() == 200);
        assertThat(gateway.view(id, UUID.randomUUID().toString()).statusCode()).isEqualTo(202);
        assertThat(gateway.getLikeTheApp("/api/feed?limit=5").statusCode()).isEqualTo(200);
    }

    @Test
    void latencyOnTheGatewayLinkEjectsTheSlowDataCenter() {
        admin.injectFault("link-latency", "gateway-east", Map.of("ms", 1500), null);

        Duration ejected = RunningStack.await("requests to be fast again", Duration.ofSeconds(15), () -> {
            Instant start = Instant.now();
            return gateway.get("/api/feed?limit=5").statusCode() == 200
                    && Duration.between(start, Instant.now()).compareTo(Duration.ofMillis(1000)) < 0;
        });
        System.out.printf("[resilient] the slow DC was routed around after %d ms%n", ejected.toMillis());
    }

    /** The guarantees cover views acknowledged at least one staleness budget (2 s) before a read. */
    private static void pauseOneStalenessBudget() {
        try {
            Thread.sleep(2_100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A client id whose home data center (by the gateway's routing) is {@code dc}. */
    private String clientHomedIn(String dc, String videoId) {
        for (int i = 0; i < 64; i++) {
            String client = "client-" + i;
            JsonNode stats = Gateway.json(gateway.get("/api/videos/" + videoId + "/stats", "X-Client-Id", client));
            if (stats.get("servedBy").asString().startsWith(dc + "/")) {
                return client;
            }
        }
        throw new AssertionError("no client id is homed in " + dc);
    }

    private int viewsAs(String client, String videoId, int count) {
        int acknowledged = 0;
        for (int i = 0; i < count; i++) {
            HttpRequest.Builder view = HttpRequest.newBuilder(gateway.uri("/api/videos/" + videoId + "/views"))
                    .header("X-Client-Id", client).header("View-Id", UUID.randomUUID().toString())
                    .POST(HttpRequest.BodyPublishers.noBody());
            if (gateway.send(view).statusCode() == 202) {
                acknowledged++;
            }
        }
        return acknowledged;
    }
}
