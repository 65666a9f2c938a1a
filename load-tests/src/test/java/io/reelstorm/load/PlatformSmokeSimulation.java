package io.reelstorm.load;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.constantUsersPerSec;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.jmesPath;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.ByteArrayBodyPart;
import static io.gatling.javaapi.http.HttpDsl.StringBodyPart;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The first load test: creators upload small videos and check their dashboards, viewers scroll the
 * feed, watch (one view per watched video) and read stats — all through the gateway. Any failed
 * request fails the build. Shape from system properties: {@code reelstorm.baseUrl},
 * {@code reelstorm.load.duration} (seconds), {@code reelstorm.load.rate} (viewer arrivals per second;
 * creators arrive at a quarter of that).
 */
public class PlatformSmokeSimulation extends Simulation {

    private static final String BASE_URL = System.getProperty("reelstorm.baseUrl", "http://127.0.0.1:8080");
    private static final Duration DURATION = Duration.ofSeconds(Long.getLong("reelstorm.load.duration", 30));
    private static final double RATE = Double.parseDouble(System.getProperty("reelstorm.load.rate", "8"));

    private final HttpProtocolBuilder httpProtocol = http.baseUrl(BASE_URL)
            .acceptHeader("application/json")
            .header("X-Client-Id", "gatling-smoke");

    private static Iterator<Map<String, Object>> creators() {
        Random random = new Random(42);
        Supplier<Map<String, Object>> next = () -> {
            boolean webm = random.nextInt(4) == 0;
            int size = 20_000 + random.nextInt(180_000);
            long seed = random.nextLong();
            return Map.of(
                    "creatorId", "creator_" + random.nextInt(40),
                    "title", "clip " + UUID.randomUUID().toString().substring(0, 8),
                    "fileName", webm ? "clip.webm" : "clip.mp4",
                    "contentType", webm ? "video/webm" : "video/mp4",
                    "bytes", webm ? SampleVideos.webm(size, seed) : SampleVideos.mp4(size, seed),
                    "idempotencyKey", UUID.randomUUID().toString());
        };
        return Stream.generate(next).iterator();
    }

    private final ChainBuilder upload = exec(http("upload")
            .post("/api/videos")
            .header("X-Creator-Id", "#{creatorId}")
            .header("Idempotency-Key", "#{idempotencyKey}")
            .bodyPart(StringBodyPart("title", "#{title}"))
            .bodyPart(ByteArrayBodyPart("file", session -> session.<byte[]>get("bytes"))
                    .fileName("#{fileName}").contentType("#{contentType}"))
            .asMultipartForm()
            .check(status().is(201), header("Location").exists(), jmesPath("id").saveAs("videoId")));

    private final ChainBuilder checkUpload = exec(
            http("dashboard").get("/api/creators/#{creatorId}/videos")
                    .check(status().is(200), jmesPath("items[?id=='#{videoId}'] | [0].id").isEL("#{videoId}")),
            http("content range").get("/api/videos/#{videoId}/content")
                    .header("Range", "bytes=0-1023")
                    .check(status().is(206), header("Content-Range").exists()));

    private final ChainBuilder watchFeed = exec(
            http("feed").get("/api/feed?limit=10")
                    .check(status().is(200), jmesPath("items[0:3].id").ofList().optional().saveAs("watch")))
            .foreach("#{watch}", "watchId").on(
                    exec(session -> session.set("viewId", UUID.randomUUID().toString())),
                    exec(http("view").post("/api/videos/#{watchId}/views")
                            .header("View-Id", "#{viewId}")
                            .body(StringBody(""))
                            .check(status().is(202))),
                    exec(http("stats").get("/api/videos/#{watchId}/stats")
                            .check(status().is(200), jmesPath("views").ofLong().gte(1L))));

    private final ScenarioBuilder creatorsScenario = scenario("creators").feed(creators()).exec(upload, checkUpload);
    private final ScenarioBuilder viewersScenario = scenario("viewers").exec(watchFeed);

    {
        setUp(
                creatorsScenario.injectOpen(constantUsersPerSec(Math.max(1, RATE / 4)).during(DURATION)),
                viewersScenario.injectOpen(constantUsersPerSec(RATE).during(DURATION)))
                .protocols(httpProtocol)
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().allRequests().count().gt(DURATION.toSeconds() * (long) RATE));
    }
}
