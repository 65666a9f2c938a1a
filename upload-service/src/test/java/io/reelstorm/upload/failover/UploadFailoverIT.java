package io.reelstorm.upload.failover;

import static io.reelstorm.upload.support.Eventually.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.digest.Sha256;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.upload.replication.ReplicationKeys;
import io.reelstorm.upload.storage.ObjectStore;
import io.reelstorm.upload.storage.ObjectStoreException;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.DataCenterService;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.Restartable;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.TwoDataCenters;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code upload-failover} between two real data centers, each with its own S3Proxy: the bytes of an
 * acknowledged upload are in both stores, or in the one that could take them and copied to the other
 * once it is back; a video plays from whichever store has it.
 */
@RequiresDocker
class UploadFailoverIT {

    private static TwoDataCenters dcs;

    @BeforeAll
    static void dataCenters() {
        dcs = TwoDataCenters.resilient();
    }

    @Test
    void theBytesOfAnUploadAreInBothDataCentersWhenItIsAcknowledged() {
        byte[] file = SampleVideos.mp4(7 * 1024 * 1024, 201);

        JsonNode video = upload(dcs.east, file);
        String id = video.get("id").asString();

        assertThat(sha256Of(dcs.east.objects(), id)).contains(Sha256.hex(file));
        assertThat(sha256Of(peerStoreOf(dcs.east), id)).contains(Sha256.hex(file));
        assertThat(dcs.east.meta().sync().hget(CatalogKeys.video(id), "locations")).isEqualTo("east,west");
        assertThat(dcs.east.meta().sync().sismember(ReplicationKeys.PENDING_COPIES, id)).isFalse();
    }

    @Test
    void withItsOwnStoreStoppedADataCenterStillTakesAnUploadPlaysItAndCopiesItBackWhenTheStoreReturns() {
        byte[] file = SampleVideos.mp4(6 * 1024 * 1024, 202);
        String id;
        Restartable.stop(dcs.eastObjects);
        try {
            id = upload(dcs.east, file).get("id").asString();

            HttpResponse<byte[]> content = dcs.east.api().get("/api/videos/" + id + "/content");
            assertThat(content.statusCode()).isEqualTo(200);
            assertThat(Sha256.hex(content.body())).isEqualTo(Sha256.hex(file));
            HttpResponse<byte[]> range = dcs.east.api().get("/api/videos/" + id + "/content", "Range", "bytes=100-199");
            assertThat(range.statusCode()).isEqualTo(206);
            assertThat(range.body()).isEqualTo(java.util.Arrays.copyOfRange(file, 100, 200));
            assertThat(dcs.east.meta().sync().hget(CatalogKeys.video(id), "locations")).isEqualTo("west");
            assertThat(dcs.east.meta().sync().sismember(ReplicationKeys.PENDING_COPIES, id)).isTrue();
        } finally {
            Restartable.startS3(dcs.eastObjects);
        }
        String uploaded = id;

        eventually("the repair copies " + uploaded + " back to east", () -> sha256Of(dcs.east.objects(), uploaded).isPresent());
        assertThat(sha256Of(dcs.east.objects(), id)).contains(Sha256.hex(file));
        eventually("the debt is settled", () -> !dcs.east.meta().sync().sismember(ReplicationKeys.PENDING_COPIES, uploaded));
        assertThat(dcs.east.meta().sync().hget(CatalogKeys.video(id), "locations")).isEqualTo("east,west");
    }

    @Test
    void withThePeerStoreStoppedAnUploadIsKeptLocallyAndCopiedToThePeerWhenItReturns() {
        byte[] file = SampleVideos.webm(300_000, 203);
        String id;
        Restartable.stop(dcs.westObjects);
        try {
            id = upload(dcs.east, file).get("id").asString();

            assertThat(dcs.east.meta().sync().hget(CatalogKeys.video(id), "locations")).isEqualTo("east");
            assertThat(dcs.east.api().get("/api/videos/" + id + "/content").body()).isEqualTo(file);
        } finally {
            Restartable.startS3(dcs.westObjects);
        }
        String uploaded = id;

        eventually("the repair copies " + uploaded + " to west", () -> sha256Of(peerStoreOf(dcs.east), uploaded).isPresent());
        assertThat(sha256Of(peerStoreOf(dcs.east), id)).contains(Sha256.hex(file));
    }

    @Test
    void aPeerStoreThatHangsCostsAnUploadOnlyTheStragglerGraceAndIsOwedTheCopy() {
        eventually("uploads are mirrored again (no peer cool-off in force)", () ->
                "east,west".equals(dcs.east.meta().sync().hget(CatalogKeys.video(upload(dcs.east, SampleVideos.mp4(10_000, 206)).get("id").asString()), "locations")));
        byte[] file = SampleVideos.mp4(9 * 1024 * 1024, 207);
        String id;
        Duration took;
        Restartable.pause(dcs.westObjects);
        try {
            long start = System.nanoTime();
            id = upload(dcs.east, file).get("id").asString();
            took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(dcs.east.meta().sync().hget(CatalogKeys.video(id), "locations")).isEqualTo("east");
            assertThat(dcs.east.meta().sync().sismember(ReplicationKeys.PENDING_COPIES, id)).isTrue();
        } finally {
            Restartable.unpause(dcs.westObjects);
        }
        // The object client's read timeout (30 s) is what a hung store cost before; the grace is 1 s per step.
        assertThat(took).isLessThan(Duration.ofSeconds(15));
        String uploaded = id;
        eventually("the repair copies " + uploaded + " to west", () -> sha256Of(peerStoreOf(dcs.east), uploaded).isPresent());
        assertThat(sha256Of(peerStoreOf(dcs.east), id)).contains(Sha256.hex(file));
    }

    @Test
    void aVideoTakenByThePeerPlaysHereFromThePeersStoreBeforeItsCopyArrives() {
        byte[] file = SampleVideos.mp4(50_000, 204);
        String id = upload(dcs.west, file).get("id").asString();
        eventually("east lists " + id, () -> dcs.east.api().get("/api/videos/" + id).statusCode() == 200);
        // As if the copy to east had not been made yet.
        dcs.east.objects().remove(id);

        HttpResponse<byte[]> content = dcs.east.api().get("/api/videos/" + id + "/content");

        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(file);
    }

    @Test
    void deletingAVideoRemovesItsBytesFromBothDataCenters() {
        String id = upload(dcs.east, SampleVideos.mp4(10_000, 205)).get("id").asString();

        HttpResponse<byte[]> deleted = dcs.east.api().send(dcs.east.api().request("/api/videos/" + id)
                .header("X-Creator-Id", "ana_99").DELETE().build());

        assertThat(deleted.statusCode()).isEqualTo(204);
        assertThat(sha256Of(dcs.east.objects(), id)).isEmpty();
        assertThat(sha256Of(peerStoreOf(dcs.east), id)).isEmpty();
    }

    private static JsonNode upload(DataCenterService dc, byte[] file) {
        HttpResponse<byte[]> response = dc.api().upload("ana_99", null, Multipart.form()
                .field("title", "Failover")
                .file("file", "f.bin", "application/octet-stream", file));
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(201);
        return Api.json(response);
    }

    private static ObjectStore peerStoreOf(DataCenterService dc) {
        return dc.bean(io.reelstorm.upload.storage.PeerObjectStore.class).store();
    }

    /** The SHA-256 of an object, or empty when the store does not have it (or cannot be reached). */
    private static Optional<String> sha256Of(ObjectStore store, String key) {
        try {
            Optional<InputStream> in = store.read(key, 0, null);
            if (in.isEmpty()) {
                return Optional.empty();
            }
            try (InputStream bytes = in.get()) {
                return Optional.of(Sha256.hex(bytes.readAllBytes()));
            }
        } catch (ObjectStoreException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
