package io.reelstorm.metrics.views;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.metrics.MetricsServiceIntegration;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ViewsIT extends MetricsServiceIntegration {

    @Test
    void threeViewsShowAsThreeInTheStats() {
        String video = seedVideo();

        for (int i = 0; i < 3; i++) {
            HttpResponse<String> accepted = view(video);
            assertThat(accepted.statusCode()).isEqualTo(202);
            assertThat(json(accepted).get("videoId").asString()).isEqualTo(video);
            assertThat(json(accepted).get("counted").asBoolean()).isTrue();
        }

        assertThat(views(video)).isEqualTo(3);
    }

    @Test
    void statsSayWhenAndByWhomTheyWereRead() {
        String video = seedVideo();
        Instant before = Instant.now().minusSeconds(1);

        HttpResponse<String> stats = get("/api/videos/" + video + "/stats");

        assertThat(stats.statusCode()).isEqualTo(200);
        JsonNode body = json(stats);
        assertThat(body.get("videoId").asString()).isEqualTo(video);
        assertThat(body.get("views").asLong()).as("a video nobody watched").isZero();
        assertThat(body.get("stale").asBoolean()).isFalse();
        assertThat(Instant.parse(body.get("asOf").asString())).isAfter(before);
        assertThat(body.get("servedBy").asString()).isEqualTo("east/metrics-service#1");
    }

    @Test
    void aViewIdSentTwiceCountsOnce() {
        String video = seedVideo();

        HttpResponse<String> first = view(video, "View-Id", "phone-42:view-1");
        HttpResponse<String> replay = view(video, "View-Id", "phone-42:view-1");
        HttpResponse<String> another = view(video, "View-Id", "phone-42:view-2");

        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(replay.statusCode()).isEqualTo(202);
        assertThat(json(first).get("counted").asBoolean()).isTrue();
        assertThat(json(replay).get("counted").asBoolean()).isFalse();
        assertThat(json(another).get("counted").asBoolean()).isTrue();
        assertThat(views(video)).isEqualTo(2);
    }

    @Test
    void twentyConcurrentRequestsWithTheSameViewIdCountOnce() throws Exception {
        String video = seedVideo();
        HttpRequest request = request("/api/videos/" + video + "/views", "View-Id", "retry-storm")
                .POST(HttpRequest.BodyPublishers.noBody()).build();
        CountDownLatch start = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> responses = new ArrayList<>();

        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 20; i++) {
                responses.add(threads.submit(() -> {
                    start.await();
                    return http().send(request, HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            int counted = 0;
            for (Future<HttpResponse<String>> response : responses) {
                HttpResponse<String> answer = response.get();
                assertThat(answer.statusCode()).isEqualTo(202);
                counted += json(answer).get("counted").asBoolean() ? 1 : 0;
            }
            assertThat(counted).isEqualTo(1);
        }
        assertThat(views(video)).isEqualTo(1);
    }

    @Test
    void viewsOfAVideoJustUploadedAreCountedAtOnce() {
        String video = ULID.next();
        assertThat(view(video).statusCode()).as("not uploaded yet").isEqualTo(404);

        seedVideo(video);

        assertThat(view(video).statusCode()).isEqualTo(202);
        assertThat(views(video)).isEqualTo(1);
    }

    @Test
    void theCountAddsUpTheSlotsOfEveryDataCenterAndWritesOnlyItsCurrentOne() {
        String video = seedVideo();
        counters.sync().hset("views:" + video, "west." + ULID.next(), "5");
        counters.sync().hset("views:" + video, "east." + ULID.next(), "4");

        view(video);
        view(video);

        assertThat(views(video)).isEqualTo(11);
        String ownSlot = "east." + counters.sync().get("counters:incarnation:east");
        assertThat(counters.sync().hgetall("views:" + video))
                .hasSize(3)
                .containsEntry(ownSlot, "2")
                .containsValues("5", "4");
    }

    @Test
    void anUnknownVideoIsNotFound() {
        String unknown = ULID.next();

        for (HttpResponse<String> answer : List.of(view(unknown), get("/api/videos/" + unknown + "/stats"))) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(answer).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/video-not-found");
        }
    }

    @Test
    void aMalformedVideoIdIsABadRequest() {
        for (HttpResponse<String> answer : List.of(view("not-a-video"), get("/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAU/stats"))) {
            assertThat(answer.statusCode()).isEqualTo(400);
            assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
            assertThat(json(answer).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/invalid-video-id");
        }
    }

    @Test
    void aViewIdOf129CharactersIsRejectedAndNotCounted() {
        String video = seedVideo();

        HttpResponse<String> tooLong = view(video, "View-Id", "v".repeat(129));
        HttpResponse<String> longest = view(video, "View-Id", "v".repeat(128));

        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(json(tooLong).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/invalid-header");
        assertThat(json(tooLong).get("field").asString()).isEqualTo("View-Id");
        assertThat(longest.statusCode()).isEqualTo(202);
        assertThat(views(video)).isEqualTo(1);
    }

    @Test
    void ingestedViewsAreExportedToPrometheusByOutcome() {
        String video = seedVideo();
        view(video, "View-Id", "metrics-check");
        view(video, "View-Id", "metrics-check");

        String scrape = get("/actuator/prometheus").body();

        assertThat(scrape).containsPattern("reelstorm_views_ingested_total\\{[^}]*outcome=\"counted\"[^}]*} [1-9]");
        assertThat(scrape).containsPattern("reelstorm_views_ingested_total\\{[^}]*outcome=\"duplicate\"[^}]*} [1-9]");
    }

    @Test
    void theServiceIsReadyWhenBothStoresAnswer() {
        HttpResponse<String> readiness = get("/actuator/health/readiness");

        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(json(readiness).get("components").propertyNames()).contains("redisCounters", "redisMeta");
    }

    @Test
    void theOpenApiDescriptionShowsThePublicCallsAndHidesTheInternalOnes() {
        HttpResponse<String> description = get("/v3/api-docs");

        assertThat(description.statusCode()).isEqualTo(200);
        assertThat(json(description).get("paths").propertyNames())
                .containsExactlyInAnyOrder("/api/videos/{id}/views", "/api/videos/{id}/stats");
    }

    @Test
    void unknownRoutesAndWrongMethodsAreProblemsToo() {
        HttpResponse<String> noRoute = get("/api/nothing-here");
        HttpResponse<String> wrongMethod = get("/api/videos/" + ULID.next() + "/views");

        assertThat(noRoute.statusCode()).isEqualTo(404);
        assertThat(json(noRoute).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/not-found");
        assertThat(wrongMethod.statusCode()).isEqualTo(405);
        assertThat(json(wrongMethod).get("type").asString()).isEqualTo("https://reelstorm.dev/problems/method-not-allowed");
    }

    @Test
    void viewsStillCountAfterTheCounterRedisForgetsItsScripts() {
        String video = seedVideo();
        view(video);

        counters.sync().scriptFlush();

        assertThat(view(video).statusCode()).isEqualTo(202);
        assertThat(views(video)).isEqualTo(2);
    }
}
