package io.reelstorm.metrics.stats;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.views.ViewCount;
import io.reelstorm.common.views.ViewCountsClient;
import io.reelstorm.metrics.MetricsServiceIntegration;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

class CountsIT extends MetricsServiceIntegration {

    @Test
    void countsAnswerEveryIdAskedIncludingOnesNobodyWatched() {
        String watched = seedVideo();
        String twice = seedVideo();
        String unwatched = ULID.next();
        view(watched);
        view(twice);
        view(twice);

        HttpResponse<String> answer = postJson("/internal/views/counts",
                "{\"ids\":[\"" + watched + "\",\"" + twice + "\",\"" + unwatched + "\"]}");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode counts = json(answer).get("counts");
        assertThat(counts.propertyNames()).containsExactly(watched, twice, unwatched);
        assertThat(counts.get(watched).get("views").asLong()).isEqualTo(1);
        assertThat(counts.get(twice).get("views").asLong()).isEqualTo(2);
        assertThat(counts.get(unwatched).get("views").asLong()).isZero();
        assertThat(counts.get(unwatched).get("stale").asBoolean()).isFalse();
        assertThat(json(answer).get("servedBy").asString()).isEqualTo("east/metrics-service#1");
        assertThat(json(answer).get("asOf").asString()).isNotBlank();
    }

    @Test
    void theSharedViewCountsClientReadsTheCounts() {
        String video = seedVideo();
        String other = ULID.next();
        view(video);
        ViewCountsClient client = new ViewCountsClient(RestClient.create("http://localhost:" + port));

        Map<String, ViewCount> counts = client.counts(List.of(video, other));

        assertThat(counts).containsEntry(video, new ViewCount(1, false)).containsEntry(other, new ViewCount(0, false));
    }

    @Test
    void aRequestWithoutUsableIdsIsABadRequest() {
        String tooMany = String.join(",", Collections.nCopies(501, "\"" + ULID.next() + "\""));
        Map<String, String> cases = Map.of(
                "{\"ids\":[]}", "invalid-request",
                "{}", "invalid-request",
                "{\"ids\":[" + tooMany + "]}", "invalid-request",
                "{\"ids\":[\"" + ULID.next() + "\",\"nope\"]}", "invalid-video-id",
                "{\"ids\":", "invalid-request",
                "", "invalid-request");

        cases.forEach((body, type) -> {
            HttpResponse<String> answer = postJson("/internal/views/counts", body);
            assertThat(answer.statusCode()).as(body).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).as(body)
                    .hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(answer).get("type").asString()).as(body).isEqualTo("https://reelstorm.dev/problems/" + type);
        });
    }
}
