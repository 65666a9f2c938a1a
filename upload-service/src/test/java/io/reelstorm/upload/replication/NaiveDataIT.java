package io.reelstorm.upload.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.SampleVideos;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Without {@code active-active-data} and {@code upload-failover} a data center stays exactly as naive as before. */
class NaiveDataIT extends AbstractUploadServiceIT {

    @Test
    void anUploadWritesNoReplicationEventNoLocationsAndNoOwedCopy() {
        meta.sync().del(ReplicationKeys.CATALOG_STREAM, ReplicationKeys.PENDING_COPIES);

        String id = uploaded("Naive", "a.mp4", SampleVideos.mp4(1000, 501)).get("id").asString();

        assertThat(meta.sync().exists(ReplicationKeys.CATALOG_STREAM)).isZero();
        assertThat(meta.sync().exists(ReplicationKeys.PENDING_COPIES)).isZero();
        assertThat(meta.sync().hkeys(CatalogKeys.video(id))).containsExactlyInAnyOrder(
                "id", "title", "creatorId", "sizeBytes", "sha256", "contentType", "createdAt", "dc");
    }

    @Test
    void aDeleteLeavesNoTombstone() {
        String id = uploaded("Naive", "a.mp4", SampleVideos.mp4(1000, 502)).get("id").asString();

        api.send(api.request("/api/videos/" + id).header("X-Creator-Id", CREATOR).DELETE().build());

        assertThat(meta.sync().exists(ReplicationKeys.tombstone(id))).isZero();
    }

    @Test
    void theReplicationEndpointSaysWhyNothingIsReplicated() {
        JsonNode replication = Api.json(api.get("/internal/replication"));

        assertThat(replication.get("dc").asString()).isEqualTo("east");
        assertThat(replication.get("catalog").get("enabled").asBoolean()).isFalse();
        assertThat(replication.get("catalog").get("reason").asString()).isEqualTo("active-active-data is off");
        assertThat(replication.get("objects").get("enabled").asBoolean()).isFalse();
        assertThat(replication.get("objects").get("reason").asString()).isEqualTo("upload-failover is off");
    }
}
