package io.reelstorm.load.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.load.Gateway;
import io.reelstorm.load.SampleVideos;
import io.reelstorm.load.RunningStack;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What users see when the naive stack (all traffic pinned to east, west a replica, counters kept in
 * memory only, missing means 0, no retries but the gateway's) meets each fault. Every test here shows
 * a symptom of the real outages; {@code ResilientFaultsIT} shows the fixes removing them.
 */
@Tag("naive")
class NaiveFaultsIT {

    private static final Duration RECOVERY = Duration.ofSeconds(120);

    private final Gateway gateway = RunningStack.gateway();
    private final AdminClient admin = RunningStack.admin();
    private final String creator = Clips.creator();

    @AfterEach
    void restore() {
        RunningStack.restoreHealth(admin, RECOVERY);
        admin.failover("east");
    }

    @Test
    void powerLossFailsUploadsFailoverServesReadsButNoWritesAndCountsReadZeroWhenPowerReturns() {
        String id = Clips.uploaded(gateway, creator);
        assertThat(Clips.views(gateway, id, 5)).isEqualTo(5);
        RunningStack.await("the views to reach west's replica", Duration.ofSeconds(10),
                () -> DataCenterReads.views(admin, "west", id) == 5);

        String powerLoss = (String) admin.injectFault("power-loss", "east", Map.of(), null).get("id");

        assertThat(Clips.upload(gateway, creator, Map.of()).statusCode()).as("upload while east is dark").isIn(502, 503, 504);
        assertThat(gateway.get("/api/videos/" + id + "/stats").statusCode()).isIn(502, 503, 504);

        admin.failover("west");
        RunningStack.await("reads served by west", Duration.ofSeconds(10),
                () -> gateway.get("/api/videos/" + id + "/stats").statusCode() == 200);
        assertThat(Gateway.json(gateway.get("/api/videos/" + id + "/stats")).get("views").asLong()).isEqualTo(5);
        assertThat(gateway.get("/api/videos/" + id).statusCode()).isEqualTo(200);
        assertThat(Clips.upload(gateway, creator, Map.of()).statusCode()).as("upload on the read-only standby").isEqualTo(503);
        assertThat(gateway.view(id, UUID.randomUUID().toString()).statusCode()).as("a view on the read-only standby").isEqualTo(503);
        assertThat(gateway.get("/api/videos/" + id + "/content").statusCode()).as("bytes that live only in east").isEqualTo(503);

        admin.heal(powerLoss);
        RunningStack.restoreHealth(admin, RECOVERY);
        admin.failover("east");

        RunningStack.await("east's empty counter store to be what everyone reads", Duration.ofSeconds(30),
                () -> Gateway.json(gateway.get("/api/videos/" + id + "/stats")).get("views").asLong() == 0);
        RunningStack.await("west's replica to resync to empty", Duration.ofSeconds(30),
                () -> DataCenterReads.views(admin, "west", id) == 0);
        assertThat(gateway.get("/api/videos/" + id).statusCode()).as("the video itself survived").isEqualTo(200);
        JsonNode stats = Gateway.json(gateway.get("/api/videos/" + id + "/stats"));
        assertThat(stats.get("views").asLong()).as("zero views, shown as a fact").isZero();
        assertThat(stats.get("stale").asBoolean()).isFalse();
    }

    @Test
    void aCounterStoreOutageShowsZeroViewsOnTheDashboard() {
        String id = Clips.uploaded(gateway, creator);
        assertThat(Clips.views(gateway, id, 3)).isEqualTo(3);

        admin.injectFault("store-outage", "east/redis-counters", Map.of(), null);

        JsonNode item = Gateway.json(gateway.get("/api/creators/" + creator + "/videos")).get("items").get(0);
        assertThat(item.get("id").asString()).isEqualTo(id);
        assertThat(item.get("views").asLong()).as("missing means zero").isZero();
        assertThat(item.get("stale").asBoolean()).isFalse();
        assertThat(gateway.get("/api/videos/" + id + "/stats").statusCode()).isEqualTo(503);
    }

    @Test
    void aFrozenObjectStoreHangsUploadsUntilTheClientGivesUp() {
        admin.injectFault("store-freeze", "east/objects", Map.of(), null);

        Gateway.Multipart body = new Gateway.Multipart().field("title", "frozen").file("file", "clip.mp4", "video/mp4",
                SampleVideos.mp4(40_000, 99));
        HttpRequest.Builder upload = HttpRequest.newBuilder(gateway.uri("/api/videos"))
                .header("X-Creator-Id", creator).header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));

        assertThatThrownBy(() -> gateway.send(upload, Duration.ofSeconds(5)))
                .isInstanceOf(UncheckedIOException.class).hasCauseInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void aPartitionBetweenDataCentersLeavesTheStandbySilentlyBehind() {
        admin.injectFault("link-partition", "east-west", Map.of(), null);
        String id = Clips.uploaded(gateway, creator);
        assertThat(Clips.views(gateway, id, 3)).as("users pinned to east notice nothing").isEqualTo(3);
        assertThat(DataCenterReads.views(admin, "west", id)).as("west does not know the video yet").isEqualTo(-1);

        admin.healAll();

        RunningStack.await("west's replica to catch up", Duration.ofSeconds(60), () -> DataCenterReads.views(admin, "west", id) == 3);
    }

    @Test
    void latencyOnTheGatewayLinkSlowsEveryRequest() {
        admin.injectFault("link-latency", "gateway-east", Map.of("ms", 800, "jitter", 100), null);

        Instant start = Instant.now();
        assertThat(gateway.get("/api/feed?limit=5").statusCode()).isEqualTo(200);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(700));
    }

    @Test
    void resetsOnTheGatewayLinkFailReadsAndWrites() {
        String id = Clips.uploaded(gateway, creator);
        admin.injectFault("link-reset", "gateway-east", Map.of(), null);

        assertThat(gateway.view(id, UUID.randomUUID().toString()).statusCode()).as("a write, never retried").isIn(502, 503);
        assertThat(gateway.get("/api/videos/" + id + "/stats").statusCode()).as("a read, after three naive retries").isIn(502, 503);
    }

    @Test
    void aBandwidthLimitSlowsPlayback() {
        String id = Clips.uploaded(gateway, creator);
        admin.injectFault("link-bandwidth", "gateway-east", Map.of("kbps", 160), null);

        Instant start = Instant.now();
        HttpResponse<byte[]> content = gateway.get("/api/videos/" + id + "/content");
        assertThat(content.body()).hasSize(40_000);
        assertThat(Duration.between(start, Instant.now())).as("40 KB at 160 kbit/s").isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }

    @Test
    void lossOnTheGatewayLinkDelaysRequestsWithRetransmissions() {
        admin.injectFault("link-loss", "gateway-east", Map.of("percent", 50), null);

        Instant start = Instant.now();
        for (int i = 0; i < 10; i++) {
            assertThat(gateway.get("/api/feed?limit=5").statusCode()).as("TCP retransmits: slow, but it arrives").isEqualTo(200);
        }
        // Half the chunks wait at least 200 ms: ten requests losing fewer than three of them is ~1 in 2,000.
        assertThat(Duration.between(start, Instant.now())).as("ten requests at 50% loss").isGreaterThanOrEqualTo(Duration.ofMillis(600));
    }

    @Test
    void aSkewedBalancerSendsEverythingToOneInstanceWhichASlowdownThenHoldsUp() {
        String id = Clips.uploaded(gateway, creator);
        admin.injectFault("lb-skew", "east/metrics-service#2", Map.of(), null);

        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 6; i++) {
            servedBy.add(Gateway.json(gateway.get("/api/videos/" + id + "/stats")).get("servedBy").asString());
        }
        assertThat(servedBy).containsExactly("east/metrics-service#2");

        admin.injectFault("slow-instance", "east/metrics-service#2", Map.of("ms", 1500), null);
        Instant start = Instant.now();
        assertThat(gateway.get("/api/videos/" + id + "/stats").statusCode()).isEqualTo(200);
        assertThat(Duration.between(start, Instant.now())).isGreaterThanOrEqualTo(Duration.ofMillis(1500));
    }
}
