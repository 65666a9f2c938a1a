package io.reelstorm.feed.feed;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.feed.FeedServiceIntegration;
import io.reelstorm.feed.cursor.CursorCodec;
import io.reelstorm.feed.walk.WalkState;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class FeedIT extends FeedServiceIntegration {

    @Test
    void feedPagesListVideosNewestFirstWithTheirViewCounts() {
        List<String> v = upload(5, "ana_99");
        METRICS.views(v.get(4), 42);
        METRICS.views(v.get(3), 7);

        HttpResponse<String> first = get("/api/feed?limit=3");

        assertThat(first.statusCode()).isEqualTo(200);
        JsonNode page = json(first);
        assertThat(ids(page)).containsExactly(v.get(4), v.get(3), v.get(2));
        JsonNode newest = page.get("items").get(0);
        assertThat(newest.get("title").asString()).isEqualTo("clip 4");
        assertThat(newest.get("creatorId").asString()).isEqualTo("ana_99");
        assertThat(newest.get("views").asLong()).isEqualTo(42);
        assertThat(newest.get("stale").asBoolean()).isFalse();
        assertThat(Instant.parse(newest.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(page.get("items").get(1).get("views").asLong()).isEqualTo(7);
        assertThat(page.get("items").get(2).get("views").asLong()).isZero();
        assertThat(page.get("next").isNull()).isFalse();

        JsonNode second = json(get("/api/feed?limit=3&cursor=" + page.get("next").asString()));

        assertThat(ids(second)).containsExactly(v.get(1), v.get(0));
        assertThat(second.get("next").isNull()).as("the end of the feed").isTrue();
    }

    @Test
    void eachPageReadsItsViewCountsInOneCall() {
        upload(30, "ana_99");

        JsonNode page = json(get("/api/feed?limit=25"));

        assertThat(page.get("items").size()).isEqualTo(25);
        assertThat(METRICS.countRequests()).isEqualTo(1);
    }

    @Test
    void theDefaultPageHoldsTwentyVideos() {
        upload(25, "ana_99");

        assertThat(json(get("/api/feed")).get("items").size()).isEqualTo(20);
        assertThat(json(get("/api/feed?cursor=")).get("items").size()).as("an empty cursor starts a walk").isEqualTo(20);
    }

    @Test
    void trendingVideosTakeEveryThirdPositionStartingWithTheFirst() {
        String neverUploaded = Ulid.fromBytes(new byte[16]);
        List<String> v = upload(10, "ana_99");
        METRICS.trending(List.of(v.get(2), neverUploaded, v.get(5)));

        JsonNode first = json(get("/api/feed?limit=6"));
        JsonNode second = json(get("/api/feed?limit=6&cursor=" + first.get("next").asString()));

        assertThat(ids(first)).containsExactly(v.get(2), v.get(9), v.get(8), v.get(5), v.get(7), v.get(6));
        assertThat(ids(second)).containsExactly(v.get(4), v.get(3), v.get(1), v.get(0));
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void aWalkNeitherRepeatsNorSkipsWhileVideosArriveAndTrendingChanges() {
        Random random = new Random(7);
        Set<String> atStart = new HashSet<>(upload(40, "ana_99"));
        List<String> all = new ArrayList<>(atStart);
        METRICS.trending(all.subList(0, 10));

        List<String> seen = new ArrayList<>();
        Set<String> arrivals = new HashSet<>();
        String cursor = "";
        do {
            JsonNode page = json(get("/api/feed?limit=" + (1 + random.nextInt(9)) + "&cursor=" + cursor));
            seen.addAll(ids(page));
            List<String> arrived = upload(random.nextInt(3), "bo_1");
            arrivals.addAll(arrived);
            all.addAll(arrived);
            METRICS.trending(List.of(all.get(random.nextInt(all.size())), arrived.isEmpty() ? all.getLast() : arrived.getFirst()));
            cursor = page.get("next").isNull() ? null : page.get("next").asString();
        } while (cursor != null);

        assertThat(seen).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(atStart);
        assertThat(seen).doesNotContainAnyElementsOf(arrivals);
    }

    @Test
    void deletedVideosAreSilentlySkipped() {
        List<String> v = upload(6, "ana_99");
        JsonNode first = json(get("/api/feed?limit=2"));
        delete(v.get(3), "ana_99");
        delete(v.get(2), "ana_99");

        JsonNode second = json(get("/api/feed?limit=2&cursor=" + first.get("next").asString()));

        assertThat(ids(first)).containsExactly(v.get(5), v.get(4));
        assertThat(ids(second)).containsExactly(v.get(1), v.get(0));
    }

    @Test
    void anEmptyCatalogueIsAnEmptyFeed() {
        JsonNode page = json(get("/api/feed"));

        assertThat(page.get("items").size()).isZero();
        assertThat(page.get("next").isNull()).isTrue();
    }

    @Test
    void aLimitOutsideOneToHundredIsABadRequestNamingTheField() {
        for (String limit : List.of("-1", "0", "101", "100000", "abc", "1e3")) {
            HttpResponse<String> answer = get("/api/feed?limit=" + limit);

            assertThat(answer.statusCode()).as(limit).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(answer).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/invalid-limit");
            assertThat(json(answer).get("field").asString()).isEqualTo("limit");
        }
    }

    @Test
    void aForgedTruncatedOrForeignCursorIsABadRequest() {
        upload(5, "ana_99");
        String cursor = json(get("/api/feed?limit=2")).get("next").asString();
        char flipped = cursor.charAt(10) == 'A' ? 'B' : 'A';
        String foreign = new CursorCodec("a-secret-from-somewhere-else-0123456789")
                .encode(WalkState.start(Ulid.fromBytes(new byte[16]), List.of()));

        for (String bad : List.of(
                cursor.substring(0, cursor.length() - 4),
                cursor.substring(0, 10) + flipped + cursor.substring(11),
                foreign,
                "not-a-cursor",
                "%00%01",
                "x".repeat(10_000))) {
            HttpResponse<String> answer = get("/api/feed?limit=2&cursor=" + bad);

            assertThat(answer.statusCode()).as(bad).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(answer).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/invalid-cursor");
            assertThat(json(answer).get("field").asString()).isEqualTo("cursor");
        }
    }

    @Test
    void aCursorIssuedByAnotherInstanceWithTheSharedSecretIsHonoured() {
        List<String> v = upload(4, "ana_99");
        String cursor = new CursorCodec(CURSOR_SECRET).encode(
                new WalkState(v.get(3), 1, 0, v.get(3), List.of()));

        assertThat(ids(json(get("/api/feed?cursor=" + cursor)))).containsExactly(v.get(2), v.get(1), v.get(0));
    }

    @Test
    void withMetricsServiceDownTheFeedStillAnswersWithZeroViewsAndNoTrending() {
        List<String> v = upload(4, "ana_99");
        METRICS.views(v.get(3), 99);
        METRICS.trending(List.of(v.get(0)));

        METRICS.unplugged(() -> {
            HttpResponse<String> answer = get("/api/feed?limit=10");

            assertThat(answer.statusCode()).isEqualTo(200);
            JsonNode page = json(answer);
            assertThat(ids(page)).containsExactly(v.get(3), v.get(2), v.get(1), v.get(0));
            page.get("items").values().forEach(item -> {
                assertThat(item.get("views").asLong()).isZero();
                assertThat(item.get("stale").asBoolean()).isFalse();
            });
        });
    }

    @Test
    void theServiceIsReadyWhenTheMetadataStoreAnswers() {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness).get("components").propertyNames()).containsExactlyInAnyOrder("readinessState", "redisMeta");
    }

    @Test
    void unknownRoutesAreProblemsToo() {
        HttpResponse<String> noRoute = get("/api/feeds");

        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(noRoute.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(json(noRoute).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/not-found");
    }

    @Test
    void theOpenApiDescriptionShowsThePublicCalls() {
        HttpResponse<String> description = get("/v3/api-docs");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(json(description).get("paths").propertyNames())
                .containsExactlyInAnyOrder("/api/feed", "/api/creators/{creatorId}/videos");
    }
}
