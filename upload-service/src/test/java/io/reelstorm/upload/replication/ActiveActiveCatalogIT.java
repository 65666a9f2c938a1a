package io.reelstorm.upload.replication;

import static io.reelstorm.upload.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.DataCenterService;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.Restartable;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.TwoDataCenters;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code active-active-data} between two real data centers: each writes its own catalogue, and the
 * peer's appears in it through the replication stream, deletions included, whatever happened to the
 * stream or the peer in between.
 */
@RequiresDocker
class ActiveActiveCatalogIT {

    private static final AtomicInteger SEED = new AtomicInteger(100);

    private static TwoDataCenters dcs;

    @BeforeAll
    static void dataCenters() {
        dcs = TwoDataCenters.resilient();
    }

    @Test
    void aVideoUploadedInEastIsListedInWestWithItsIndexes() {
        JsonNode video = upload(dcs.east, "ana_99", "Sunrise");
        String id = video.get("id").asString();

        eventually("west lists " + id, () -> status(dcs.west, id) == 200);

        JsonNode inWest = Api.json(dcs.west.api().get("/api/videos/" + id));
        for (String field : new String[] {"id", "title", "creatorId", "sizeBytes", "sha256", "contentType", "createdAt", "dc"}) {
            assertThat(inWest.get(field)).as(field).isEqualTo(video.get(field));
        }
        assertThat(inWest.get("dc").asString()).isEqualTo("east");
        assertThat(dcs.west.meta().sync().zscore(CatalogKeys.RECENT, id)).isEqualTo(0.0);
        assertThat(dcs.west.meta().sync().zscore(CatalogKeys.creator("ana_99"), id)).isEqualTo(0.0);
    }

    @Test
    void aVideoUploadedInWestIsListedInEast() {
        String id = upload(dcs.west, "bo_77", "Westward").get("id").asString();

        eventually("east lists " + id, () -> status(dcs.east, id) == 200);
        assertThat(Api.json(dcs.east.api().get("/api/videos/" + id)).get("dc").asString()).isEqualTo("west");
    }

    @Test
    void aVideoDeletedInWestIsGoneInEastAndLeavesATombstoneInBoth() {
        String id = upload(dcs.east, "ana_99", "Short-lived").get("id").asString();
        eventually("west lists " + id, () -> status(dcs.west, id) == 200);

        assertThat(delete(dcs.west, id, "ana_99")).isEqualTo(204);

        eventually("east forgets " + id, () -> status(dcs.east, id) == 404);
        assertThat(dcs.east.meta().sync().zscore(CatalogKeys.RECENT, id)).isNull();
        assertThat(dcs.east.meta().sync().zscore(CatalogKeys.creator("ana_99"), id)).isNull();
        assertThat(dcs.east.meta().sync().get(ReplicationKeys.tombstone(id))).isEqualTo("ana_99");
        assertThat(dcs.west.meta().sync().get(ReplicationKeys.tombstone(id))).isEqualTo("ana_99");
        assertThat(dcs.east.meta().sync().ttl(ReplicationKeys.tombstone(id))).as("kept for days, not forever").isBetween(6L * 24 * 3600, 7L * 24 * 3600);
    }

    @Test
    void aLateCreatedEventCannotBringADeletedVideoBack() {
        JsonNode video = upload(dcs.east, "ana_99", "Gone for good");
        String id = video.get("id").asString();
        eventually("west lists " + id, () -> status(dcs.west, id) == 200);
        Map<String, String> hash = dcs.east.meta().sync().hgetall(CatalogKeys.video(id));
        assertThat(delete(dcs.west, id, "ana_99")).isEqualTo(204);
        eventually("east forgets " + id, () -> status(dcs.east, id) == 404);

        // The same creation again at the end of east's stream, as a slow or replayed event would arrive.
        Map<String, String> late = new java.util.LinkedHashMap<>();
        late.put("type", "created");
        late.putAll(hash);
        String lateId = dcs.east.meta().sync().xadd(ReplicationKeys.CATALOG_STREAM, late);

        eventually("west applies the late event", () -> appliedUpTo(dcs.west, lateId));
        assertThat(status(dcs.west, id)).isEqualTo(404);
        assertThat(dcs.west.meta().sync().zscore(CatalogKeys.RECENT, id)).isNull();
    }

    @Test
    void aDataCenterWhoseCatalogueCameBackEmptyCatchesUpFromItsPeer() {
        String fromEast = upload(dcs.east, "ana_99", "Survivor").get("id").asString();
        String fromWest = upload(dcs.west, "bo_77", "Survivor too").get("id").asString();
        eventually("both listed in both", () -> status(dcs.west, fromEast) == 200 && status(dcs.east, fromWest) == 200);
        long snapshots = replication(dcs.west).get("catalog").get("snapshots").asLong();

        dcs.west.meta().sync().flushall();

        eventually("west has its catalogue back from east", () -> status(dcs.west, fromEast) == 200 && status(dcs.west, fromWest) == 200);
        assertThat(dcs.west.meta().sync().zscore(CatalogKeys.creator("bo_77"), fromWest)).isEqualTo(0.0);
        assertThat(replication(dcs.west).get("catalog").get("snapshots").asLong()).isGreaterThan(snapshots);
    }

    @Test
    void anOffsetThePeerHasTrimmedPastLeadsToASnapshot() {
        String id = upload(dcs.east, "ana_99", "Trimmed away").get("id").asString();
        eventually("west lists " + id, () -> status(dcs.west, id) == 200);
        long snapshots = replication(dcs.west).get("catalog").get("snapshots").asLong();
        // West loses the video and falls far behind; east's stream no longer holds what west missed.
        dcs.west.meta().sync().del(CatalogKeys.video(id));
        dcs.west.meta().sync().zrem(CatalogKeys.RECENT, id);
        dcs.west.meta().sync().set(ReplicationKeys.catalogOffset("east"), "1-0");
        dcs.east.meta().sync().xtrim(ReplicationKeys.CATALOG_STREAM, 0);

        eventually("west takes a snapshot and has the video again", () -> status(dcs.west, id) == 200);
        assertThat(replication(dcs.west).get("catalog").get("snapshots").asLong()).isGreaterThan(snapshots);
        assertThat(dcs.west.meta().sync().zscore(CatalogKeys.RECENT, id)).isEqualTo(0.0);
    }

    @Test
    void eastTakesUploadsWhileWestIsDarkAndWestCatchesUpWhenItReturns() {
        String id;
        Restartable.stop(dcs.westMeta);
        try {
            eventually("east notices", () -> "peer-unreachable".equals(replication(dcs.east).get("catalog").get("state").asString()));
            id = upload(dcs.east, "ana_99", "Posted during the outage").get("id").asString();
        } finally {
            Restartable.startRedis(dcs.westMeta);
        }
        String posted = id;

        eventually("west lists " + posted, () -> status(dcs.west, posted) == 200);
        eventually("east follows again", () -> "following".equals(replication(dcs.east).get("catalog").get("state").asString()));
    }

    @Test
    void theReplicationStateAndItsLagAreExposed() {
        eventually("east follows", () -> "following".equals(replication(dcs.east).get("catalog").get("state").asString()));

        JsonNode replication = replication(dcs.east);

        assertThat(replication.get("dc").asString()).isEqualTo("east");
        assertThat(replication.get("peer").asString()).isEqualTo("west");
        JsonNode catalog = replication.get("catalog");
        assertThat(catalog.get("enabled").asBoolean()).isTrue();
        assertThat(catalog.get("offset").isNull()).isFalse();
        assertThat(catalog.get("lagSeconds").asDouble()).isLessThan(5.0);
        assertThat(replication.get("objects").get("enabled").asBoolean()).isTrue();
        String prometheus = new String(dcs.east.api().get("/actuator/prometheus").body());
        assertThat(prometheus).containsPattern("reelstorm_replication_lag_seconds\\{[^}]*stream=\"catalog\"[^}]*} ");
        assertThat(prometheus).containsPattern("reelstorm_replication_events_total\\{[^}]*stream=\"catalog\"[^}]*type=\"created\"[^}]*} ");
    }

    private static JsonNode upload(DataCenterService dc, String creator, String title) {
        HttpResponse<byte[]> response = dc.api().upload(creator, null, Multipart.form()
                .field("title", title)
                .file("file", "v.mp4", "video/mp4", SampleVideos.mp4(2000, SEED.incrementAndGet())));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
        return Api.json(response);
    }

    private static int status(DataCenterService dc, String id) {
        return dc.api().get("/api/videos/" + id).statusCode();
    }

    private static int delete(DataCenterService dc, String id, String creator) {
        return dc.api().send(dc.api().request("/api/videos/" + id).header("X-Creator-Id", creator).DELETE().build()).statusCode();
    }

    private static JsonNode replication(DataCenterService dc) {
        return Api.json(dc.api().get("/internal/replication"));
    }

    private static boolean appliedUpTo(DataCenterService dc, String entryId) {
        String offset = dc.meta().sync().get(ReplicationKeys.catalogOffset("east"));
        return offset != null && !StreamIds.after(entryId, offset);
    }
}
