package io.reelstorm.feed.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.feed.FeedServiceIntegration;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class DashboardIT extends FeedServiceIntegration {

    @Test
    void aCreatorSeesTheirOwnVideosNewestFirstWithViewCounts() {
        List<String> mine = upload(3, "ana_99");
        upload(2, "bo_1");
        METRICS.views(mine.get(0), 12);

        HttpResponse<String> answer = get("/api/creators/ana_99/videos");

        assertThat(answer.statusCode()).isEqualTo(200);
        JsonNode page = json(answer);
        assertThat(ids(page)).containsExactly(mine.get(2), mine.get(1), mine.get(0));
        assertThat(page.get("items").get(2).get("views").asLong()).isEqualTo(12);
        assertThat(page.get("items").get(2).get("creatorId").asString()).isEqualTo("ana_99");
        assertThat(page.get("items").get(2).get("title").asString()).isEqualTo("clip 0");
        assertThat(METRICS.countRequests()).isEqualTo(1);
    }

    @Test
    void theDashboardListsUpToItsLimit() {
        List<String> mine = upload(7, "ana_99");

        assertThat(ids(json(get("/api/creators/ana_99/videos")))).as("dashboard-limit is 5 in these tests")
                .containsExactly(mine.get(6), mine.get(5), mine.get(4), mine.get(3), mine.get(2));
    }

    @Test
    void deletedVideosLeaveTheDashboard() {
        List<String> mine = upload(2, "ana_99");
        delete(mine.get(1), "ana_99");

        assertThat(ids(json(get("/api/creators/ana_99/videos")))).containsExactly(mine.get(0));
    }

    @Test
    void aCreatorWithoutVideosHasAnEmptyDashboard() {
        JsonNode page = json(get("/api/creators/nobody_yet/videos"));

        assertThat(page.get("items").size()).isZero();
    }

    @Test
    void aMalformedCreatorIdIsABadRequest() {
        for (String bad : List.of("ab", "Ana", "a-b-c", "x".repeat(33))) {
            HttpResponse<String> answer = get("/api/creators/" + bad + "/videos");

            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(answer).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/invalid-creator-id");
        }
    }
}
