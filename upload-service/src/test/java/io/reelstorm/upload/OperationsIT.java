package io.reelstorm.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.support.Api;
import io.reelstorm.upload.support.SampleVideos;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OperationsIT extends AbstractUploadServiceIT {

    @Test
    void theApiDescriptionDescribesEveryEndpointAndTheMultipartUpload() {
        HttpResponse<byte[]> response = api.get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode paths = Api.json(response).get("paths");
        JsonNode upload = paths.get("/api/videos").get("post");
        assertThat(upload.get("summary").asString()).startsWith("Upload a video");
        JsonNode form = upload.get("requestBody").get("content").get("multipart/form-data");
        assertThat(form).isNotNull();
        assertThat(upload.get("parameters").toString()).contains("X-Creator-Id", "Idempotency-Key");
        assertThat(upload.get("responses").properties().stream().map(e -> e.getKey()).toList()).contains("201", "400", "413", "415", "422");
        assertThat(paths.get("/api/videos/{id}").get("get").get("summary").asString()).isNotBlank();
        assertThat(paths.get("/api/videos/{id}").get("delete").get("summary").asString()).isNotBlank();
        assertThat(paths.get("/api/videos/{id}/content").get("get").get("summary").asString()).isNotBlank();
        assertThat(Api.json(response).get("components").get("schemas").get("UploadRequest").get("properties").properties().stream()
                .map(e -> e.getKey()).toList()).containsExactlyInAnyOrder("file", "title");
    }

    @Test
    void readinessIncludesTheMetadataRedisAndTheObjectStoreWhileLivenessIsOnlyTheProcess() {
        JsonNode readiness = Api.json(api.get("/actuator/health/readiness"));
        JsonNode liveness = Api.json(api.get("/actuator/health/liveness"));

        assertThat(readiness.get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("objectStore").get("status").asString()).isEqualTo("UP");
        assertThat(readiness.get("components").get("redisMeta").get("status").asString()).isEqualTo("UP");
        assertThat(liveness.get("status").asString()).isEqualTo("UP");
        assertThat(liveness.get("components").propertyNames()).containsExactly("livenessState");
    }

    @Test
    void uploadsAreCountedByOutcomeAndMeasuredInBytes() {
        uploaded("Counted", "c.mp4", SampleVideos.mp4(12_345, 51));

        String prometheus = new String(api.get("/actuator/prometheus").body());

        assertThat(prometheus).containsPattern("reelstorm_uploads_total\\{.*outcome=\"accepted\".*} [1-9]");
        assertThat(prometheus).contains("reelstorm_upload_size_bytes_count");
    }
}
