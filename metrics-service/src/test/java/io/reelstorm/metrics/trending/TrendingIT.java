package io.reelstorm.metrics.trending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelstorm.metrics.MetricsServiceIntegration;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TrendingIT extends MetricsServiceIntegration {

    @Test
    void theMostWatchedVideosComeFirst() {
        String hit = seedVideo();
        String modest = seedVideo();
        String niche = seedVideo();
        watch(modest, 3);
        watch(niche, 1);
        watch(hit, 5);

        HttpResponse<String> answer = get("/internal/trending?limit=100");

        assertThat(answer.statusCode()).isEqualTo(200);
        List<JsonNode> ours = StreamSupport.stream(json(answer).get("items").spliterator(), false)
                .filter(item -> Set.of(hit, modest, niche).contains(item.get("id").asString()))
                .toList();
        assertThat(ours).extracting(item -> item.get("id").asString()).containsExactly(hit, modest, niche);
        assertThat(ours.get(0).get("score").asDouble()).isCloseTo(5.0, within(0.01));
    }

    @Test
    void theListIsCutAtTheLimit() {
        watch(seedVideo(), 1);
        watch(seedVideo(), 1);

        assertThat(json(get("/internal/trending?limit=1")).get("items").size()).isEqualTo(1);
        assertThat(json(get("/internal/trending")).get("items").size()).isBetween(2, 20);
    }

    @Test
    void aLimitOutsideOneToHundredIsABadRequestNamingTheField() {
        for (String limit : List.of("0", "-1", "101", "100000", "abc")) {
            HttpResponse<String> answer = get("/internal/trending?limit=" + limit);

            assertThat(answer.statusCode()).as(limit).isEqualTo(400);
            assertThat(json(answer).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/invalid-limit");
            assertThat(json(answer).get("field").asString()).isEqualTo("limit");
        }
    }

    private void watch(String video, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(view(video).statusCode()).isEqualTo(202);
        }
    }
}
