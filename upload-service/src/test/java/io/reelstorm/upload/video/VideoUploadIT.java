package io.reelstorm.upload.video;

import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.digest.Sha256;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.StoreSnapshot;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VideoUploadIT extends AbstractUploadServiceIT {

    @Test
    void anMp4UploadIsCreatedWithItsLocationAndComesBackByteIdentical() throws Exception {
        byte[] mp4 = SampleVideos.mp4(300_000, 1);

        HttpResponse<byte[]> response = api.upload(CREATOR, null, Multipart.form()
                .field("title", "  Sunset over the harbour  ")
                .file("file", "sunset.mp4", "video/mp4", mp4));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode video = Api.json(response);
        String id = video.get("id").asString();
        assertThat(Ulid.isValid(id)).isTrue();
        assertThat(response.headers().firstValue("Location")).contains("/api/videos/" + id);
        assertThat(response.headers().firstValue("Idempotent-Replayed")).isEmpty();
        assertThat(video.get("title").asString()).isEqualTo("Sunset over the harbour");
        assertThat(video.get("creatorId").asString()).isEqualTo(CREATOR);
        assertThat(video.get("sizeBytes").asLong()).isEqualTo(mp4.length);
        assertThat(video.get("sha256").asString()).isEqualTo(Sha256.hex(mp4));
        assertThat(video.get("contentType").asString()).isEqualTo("video/mp4");
        assertThat(video.get("dc").asString()).isEqualTo("east");
        assertThat(Instant.parse(video.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));

        HttpResponse<byte[]> content = api.get("/api/videos/" + id + "/content");
        assertThat(content.statusCode()).isEqualTo(200);
        assertThat(content.body()).isEqualTo(mp4);
        assertThat(content.headers().firstValue("Content-Type")).contains("video/mp4");
    }

    @Test
    void aWebmUploadSentTitleLastIsRecognisedAsWebm() throws Exception {
        byte[] webm = SampleVideos.webm(200_000, 2);

        HttpResponse<byte[]> response = api.upload(CREATOR, null, Multipart.form()
                .file("file", "clip.webm", "application/octet-stream", webm)
                .field("title", "Title after the file"));

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode video = Api.json(response);
        assertThat(video.get("contentType").asString()).isEqualTo("video/webm");
        assertThat(video.get("title").asString()).isEqualTo("Title after the file");
        assertThat(api.get("/api/videos/" + video.get("id").asString() + "/content").body()).isEqualTo(webm);
    }

    @Test
    void quickTimeAndMatroskaAreToldApartFromMp4AndWebmByTheirBytes() {
        assertThat(uploaded("qt", "a.mp4", SampleVideos.quickTime(1000, 3)).get("contentType").asString()).isEqualTo("video/quicktime");
        assertThat(uploaded("mkv", "a.webm", SampleVideos.matroska(1000, 4)).get("contentType").asString()).isEqualTo("video/x-matroska");
    }

    @Test
    void aFileLargerThanOnePartIsStoredInPartsAndComesBackWhole() throws Exception {
        byte[] large = SampleVideos.mp4(7 * 1024 * 1024, 5);

        JsonNode video = uploaded("Seven megabytes", "big.mp4", large);

        HttpResponse<byte[]> content = api.get("/api/videos/" + video.get("id").asString() + "/content");
        assertThat(content.body()).hasSize(large.length);
        assertThat(Sha256.hex(content.body())).isEqualTo(Sha256.hex(large)).isEqualTo(video.get("sha256").asString());
    }

    @Test
    void anUploadIsListedAsRecentAndUnderItsCreator() {
        String id = uploaded("Listed", "a.mp4", SampleVideos.mp4(1000, 6)).get("id").asString();

        assertThat(meta.sync().zscore("videos:recent", id)).isEqualTo(0.0);
        assertThat(meta.sync().zscore("creator:" + CREATOR + ":videos", id)).isEqualTo(0.0);
        assertThat(meta.sync().hget("video:" + id, "title")).isEqualTo("Listed");
    }

    @Test
    void theMetadataShowsTheVideoWithZeroViewsNotStaleWhileMetricsServiceIsUnreachable() {
        JsonNode uploaded = uploaded("With views", "a.mp4", SampleVideos.mp4(1000, 7));
        String id = uploaded.get("id").asString();

        HttpResponse<byte[]> response = api.get("/api/videos/" + id);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode video = Api.json(response);
        for (String field : new String[] {"id", "title", "creatorId", "sizeBytes", "sha256", "contentType", "createdAt", "dc"}) {
            assertThat(video.get(field)).as(field).isEqualTo(uploaded.get(field));
        }
        // Today's naive strategy (MissingMeansZero): an unanswered count reads as 0 and is not marked stale.
        assertThat(video.get("views").asLong()).isZero();
        assertThat(video.get("stale").asBoolean()).isFalse();
    }

    @Test
    void whenTheMetadataCannotBeCommittedTheStoredBytesAreRemovedAgain() {
        StoreSnapshot before = snapshot();
        // Real Redis refusing writes (it finds no replica to confirm them) while reads still work.
        meta.sync().configSet("min-replicas-to-write", "1");
        HttpResponse<byte[]> response;
        try {
            response = api.upload(CREATOR, null, Multipart.form().field("title", "Never committed").file("file", "n.mp4", "video/mp4", SampleVideos.mp4(6 * 1024 * 1024, 9)));
        } finally {
            meta.sync().configSet("min-replicas-to-write", "0");
        }

        assertProblem(response, 503, "store-unavailable");
        assertThat(response.headers().firstValue("Retry-After")).isPresent();
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void lowerCaseIdsFindTheSameVideo() {
        String id = uploaded("Case", "a.mp4", SampleVideos.mp4(1000, 8)).get("id").asString();

        assertThat(api.get("/api/videos/" + id.toLowerCase()).statusCode()).isEqualTo(200);
    }
}
