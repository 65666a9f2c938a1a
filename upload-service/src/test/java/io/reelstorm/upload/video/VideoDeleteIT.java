package io.reelstorm.upload.video;

import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.SampleVideos;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class VideoDeleteIT extends AbstractUploadServiceIT {

    @Test
    void theOwnerDeletesAVideoAndItIsGoneEverywhere() {
        String id = uploaded("To delete", "d.mp4", SampleVideos.mp4(10_000, 41)).get("id").asString();

        HttpResponse<byte[]> response = delete(id, CREATOR);

        assertThat(response.statusCode()).isEqualTo(204);
        assertProblem(api.get("/api/videos/" + id), 404, "video-not-found");
        assertProblem(api.get("/api/videos/" + id + "/content"), 404, "video-not-found");
        assertThat(snapshot().objects()).doesNotContain(id);
        assertThat(meta.sync().exists("video:" + id)).isZero();
        assertThat(meta.sync().zscore("videos:recent", id)).isNull();
        assertThat(meta.sync().zscore("creator:" + CREATOR + ":videos", id)).isNull();
    }

    @Test
    void anyoneElseIsForbiddenAndTheVideoStays() {
        String id = uploaded("Not yours", "n.mp4", SampleVideos.mp4(10_000, 42)).get("id").asString();

        assertProblem(delete(id, "mallory"), 403, "not-owner");
        assertThat(api.get("/api/videos/" + id).statusCode()).isEqualTo(200);
        assertThat(api.get("/api/videos/" + id + "/content").statusCode()).isEqualTo(200);
    }

    @Test
    void deletingWithoutACreatorIdIsAnInvalidCreatorIdProblem() {
        String id = uploaded("Anonymous delete", "a.mp4", SampleVideos.mp4(10_000, 43)).get("id").asString();

        assertProblem(delete(id, null), 400, "invalid-creator-id");
        assertThat(api.get("/api/videos/" + id).statusCode()).isEqualTo(200);
    }

    @Test
    void deletingAnUnknownVideoIsNotFound() {
        assertProblem(delete(new Ulid().next(), CREATOR), 404, "video-not-found");
    }

    private HttpResponse<byte[]> delete(String id, String creatorId) {
        var request = api.request("/api/videos/" + id).DELETE();
        if (creatorId != null) {
            request.header("X-Creator-Id", creatorId);
        }
        return api.send(request.build());
    }
}
