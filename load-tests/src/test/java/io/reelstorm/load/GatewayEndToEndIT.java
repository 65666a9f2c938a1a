package io.reelstorm.load;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.common.digest.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The platform as a user meets it: everything through the gateway of a running stack
 * ({@code reelstorm.baseUrl}, started by {@code ./reelstorm test}). Runs against the naive stack:
 * none of it depends on a fix.
 */
@Tag("naive")
class GatewayEndToEndIT {

    private final Gateway gateway = RunningStack.gateway();
    private final String creator = "e2e_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    @Test
    void aRealMp4ComesBackByteIdenticalWholeAndByRanges() {
        byte[] clip = SampleVideos.realMp4();

        HttpResponse<byte[]> created = gateway.upload(creator, "first clip", "clip.mp4", "video/mp4", clip, Map.of());

        assertThat(created.statusCode()).as(Gateway.text(created)).isEqualTo(201);
        JsonNode video = Gateway.json(created);
        String id = video.get("id").asString();
        assertThat(created.headers().firstValue("Location")).contains("/api/videos/" + id);
        assertThat(video.get("sha256").asString()).isEqualTo(Sha256.hex(clip));
        assertThat(video.get("sizeBytes").asLong()).isEqualTo(clip.length);
        assertThat(video.get("contentType").asString()).isEqualTo("video/mp4");
        assertThat(video.get("creatorId").asString()).isEqualTo(creator);
        assertThat(video.get("dc").asString()).isEqualTo("east");

        HttpResponse<byte[]> whole = gateway.get("/api/videos/" + id + "/content");
        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.body()).isEqualTo(clip);
        assertThat(whole.headers().firstValue("Accept-Ranges")).contains("bytes");
        assertThat(whole.headers().firstValue("ETag")).isPresent();

        HttpResponse<byte[]> head = gateway.get("/api/videos/" + id + "/content", "Range", "bytes=0-99");
        assertThat(head.statusCode()).isEqualTo(206);
        assertThat(head.body()).isEqualTo(Arrays.copyOfRange(clip, 0, 100));
        assertThat(head.headers().firstValue("Content-Range")).contains("bytes 0-99/" + clip.length);

        HttpResponse<byte[]> tail = gateway.get("/api/videos/" + id + "/content", "Range", "bytes=-100");
        assertThat(tail.statusCode()).isEqualTo(206);
        assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(clip, clip.length - 100, clip.length));

        HttpResponse<byte[]> middle = gateway.get("/api/videos/" + id + "/content", "Range", "bytes=1000-");
        assertThat(middle.body()).isEqualTo(Arrays.copyOfRange(clip, 1000, clip.length));
    }

    @Test
    void aRealWebmIsAcceptedAsWebm() {
        HttpResponse<byte[]> created = gateway.upload(creator, "webm clip", "clip.webm", "application/octet-stream",
                SampleVideos.realWebm(), Map.of());

        assertThat(created.statusCode()).as(Gateway.text(created)).isEqualTo(201);
        assertThat(Gateway.json(created).get("contentType").asString()).isEqualTo("video/webm");
    }

    @Test
    void threeViewsShowAsThreeInStatsFeedAndDashboard() {
        String id = uploadClip("counted clip");
        for (int i = 0; i < 3; i++) {
            assertThat(gateway.view(id, "view-" + i + "-" + id).statusCode()).isEqualTo(202);
        }
        assertThat(gateway.view(id, "view-0-" + id).statusCode()).as("a repeated View-Id").isEqualTo(202);

        JsonNode stats = Gateway.json(gateway.get("/api/videos/" + id + "/stats"));
        assertThat(stats.get("videoId").asString()).isEqualTo(id);
        assertThat(stats.get("views").asLong()).isEqualTo(3);
        assertThat(stats.get("stale").asBoolean()).isFalse();
        assertThat(stats.get("servedBy").asString()).startsWith("east/");

        assertThat(Gateway.json(gateway.get("/api/videos/" + id)).get("views").asLong()).isEqualTo(3);
        assertThat(findInFeed(id).get("views").asLong()).isEqualTo(3);

        JsonNode dashboard = Gateway.json(gateway.get("/api/creators/" + creator + "/videos"));
        JsonNode item = findById(dashboard.get("items"), id);
        assertThat(item).as("dashboard lists the video").isNotNull();
        assertThat(item.get("views").asLong()).isEqualTo(3);
    }

    @Test
    void onlyTheOwnerDeletesAndThenTheVideoIsGoneEverywhere() {
        String id = uploadClip("short-lived clip");

        HttpResponse<byte[]> byStranger = gateway.send(HttpRequest.newBuilder(gateway.uri("/api/videos/" + id))
                .header("X-Creator-Id", "someone_else").DELETE());
        assertThat(byStranger.statusCode()).isEqualTo(403);
        assertProblem(byStranger, 403);

        HttpResponse<byte[]> byOwner = gateway.send(HttpRequest.newBuilder(gateway.uri("/api/videos/" + id))
                .header("X-Creator-Id", creator).DELETE());
        assertThat(byOwner.statusCode()).isEqualTo(204);

        assertThat(gateway.get("/api/videos/" + id).statusCode()).isEqualTo(404);
        assertThat(gateway.get("/api/videos/" + id + "/content").statusCode()).isEqualTo(404);
        assertThat(findById(Gateway.json(gateway.get("/api/creators/" + creator + "/videos")).get("items"), id)).isNull();
    }

    @Test
    void anIdempotentReplayReturnsTheSameVideo() {
        byte[] clip = SampleVideos.mp4(30_000, 7);
        Map<String, String> key = Map.of("Idempotency-Key", "e2e-" + UUID.randomUUID());

        HttpResponse<byte[]> first = gateway.upload(creator, "once", "a.mp4", "video/mp4", clip, key);
        HttpResponse<byte[]> replay = gateway.upload(creator, "once", "a.mp4", "video/mp4", clip, key);
        HttpResponse<byte[]> otherFile = gateway.upload(creator, "once", "a.mp4", "video/mp4", SampleVideos.mp4(30_000, 8), key);

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).contains("true");
        assertThat(Gateway.json(replay).get("id")).isEqualTo(Gateway.json(first).get("id"));
        assertThat(otherFile.statusCode()).isEqualTo(422);
        assertProblem(otherFile, 422);
    }

    @Test
    void badUploadsAreRefusedWithProblemDetailsAndLeaveNothingBehind() throws IOException {
        byte[] clip = SampleVideos.mp4(10_000, 1);
        String textAsMp4 = "this is not a video, only a text file renamed clip.mp4\n".repeat(20);

        assertProblem(gateway.send(multipart(new Gateway.Multipart().field("title", "no file"), creator)), 400);
        assertProblem(gateway.upload(creator, "empty", "empty.mp4", "video/mp4", new byte[0], Map.of()), 400);
        assertProblem(gateway.upload(creator, "lying", "clip.mp4", "video/mp4", textAsMp4.getBytes(StandardCharsets.UTF_8), Map.of()), 415);
        assertProblem(gateway.upload(null, "anonymous", "clip.mp4", "video/mp4", clip, Map.of()), 400);
        assertProblem(gateway.upload("Bad Creator!", "bad creator", "clip.mp4", "video/mp4", clip, Map.of()), 400);
        assertProblem(gateway.send(multipart(new Gateway.Multipart().file("file", "clip.mp4", "video/mp4", clip), creator)), 400);
        assertProblem(gateway.upload(creator, "", "clip.mp4", "video/mp4", clip, Map.of()), 400);
        assertProblem(gateway.upload(creator, "t".repeat(201), "clip.mp4", "video/mp4", clip, Map.of()), 400);
        assertProblem(gateway.upload(creator, "long key", "clip.mp4", "video/mp4", clip, Map.of("Idempotency-Key", "k".repeat(129))), 400);

        HttpResponse<byte[]> malformed = gateway.send(HttpRequest.newBuilder(gateway.uri("/api/videos"))
                .header("X-Creator-Id", creator)
                .header("Content-Type", "multipart/form-data; boundary=nothing-matches-this")
                .POST(HttpRequest.BodyPublishers.ofString("--something-else\r\ngarbage\r\n")));
        assertProblem(malformed, 400);

        String oversize = rawRequest("POST /api/videos HTTP/1.1\r\nX-Creator-Id: " + creator
                + "\r\nContent-Type: multipart/form-data; boundary=b\r\nContent-Length: " + (300L * 1024 * 1024) + "\r\n\r\n",
                new byte[1024], true);
        assertThat(oversize).startsWith("HTTP/1.1 413");

        assertThat(Gateway.json(gateway.get("/api/creators/" + creator + "/videos")).get("items")).isEmpty();
    }

    @Test
    void anUploadCutOffMidBodyLeavesNothingBehind() throws IOException {
        String boundary = "cut-" + UUID.randomUUID();
        String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\ncut off\r\n--" + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clip.mp4\"\r\nContent-Type: video/mp4\r\n\r\n";
        byte[] partOfFile = Arrays.copyOf(SampleVideos.mp4(400_000, 3), 100_000);
        rawRequest("POST /api/videos HTTP/1.1\r\nX-Creator-Id: " + creator
                + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: 500000\r\n\r\n",
                concat(head.getBytes(StandardCharsets.US_ASCII), partOfFile), false);
        waitBriefly();

        assertThat(Gateway.json(gateway.get("/api/creators/" + creator + "/videos")).get("items")).isEmpty();
    }

    @Test
    void badReadsAreRefusedWithProblemDetails() {
        String id = uploadClip("read me");

        assertProblem(gateway.get("/api/videos/not-a-video-id"), 400);
        assertProblem(gateway.get("/api/videos/01ARZ3NDEKTSV4RRFFQ69G5FAV"), 404);
        assertProblem(gateway.get("/api/videos/..%2F..%2Fetc%2Fpasswd"), 400);
        assertProblem(gateway.get("/api/videos/..%2F..%2Fetc%2Fpasswd/content"), 400);
        assertProblem(gateway.get("/api/videos/" + id + "/content", "Range", "bytes=999999999-"), 416);
        assertThat(gateway.get("/api/videos/" + id + "/content", "Range", "bytes=abc").statusCode()).isEqualTo(200);
        assertThat(gateway.get("/api/videos/" + id + "/content", "Range", "bytes=0-1,5-9").statusCode()).isIn(200, 206);
        assertProblem(gateway.view(id, "v".repeat(129)), 400);
        assertProblem(gateway.view("01ARZ3NDEKTSV4RRFFQ69G5FAV", null), 404);
        assertProblem(gateway.get("/api/feed?limit=-1"), 400);
        assertProblem(gateway.get("/api/feed?limit=100000"), 400);
        assertProblem(gateway.get("/api/feed?cursor=Zm9yZ2VkLWN1cnNvcg"), 400);
        assertProblem(gateway.get("/api/creators/NOT%20VALID/videos"), 400);

        HttpResponse<byte[]> hugeHeader = gateway.get("/api/feed", "X-Padding", "p".repeat(17 * 1024));
        assertThat(hugeHeader.statusCode()).isBetween(400, 499);
    }

    @Test
    void theRequestIdFollowsTheRequestAndTheApiIsDescribed() {
        HttpResponse<byte[]> feed = gateway.get("/api/feed", "X-Request-Id", "e2e-request-42");
        assertThat(feed.headers().firstValue("X-Request-Id")).contains("e2e-request-42");
        assertThat(gateway.get("/api/feed").headers().firstValue("X-Request-Id")).isPresent();

        JsonNode docs = Gateway.json(gateway.get("/v3/api-docs"));
        assertThat(docs.get("paths").propertyNames())
                .contains("/api/videos", "/api/videos/{id}", "/api/videos/{id}/content", "/api/videos/{id}/views",
                        "/api/videos/{id}/stats", "/api/feed", "/api/creators/{creatorId}/videos");
    }

    /**
     * Sends a request by hand over a socket (for bodies no HTTP client would send) and, when asked,
     * returns the status line of the answer; the socket is closed either way, cutting off the body.
     */
    private String rawRequest(String head, byte[] body, boolean readStatus) throws IOException {
        java.net.URI uri = gateway.uri("/");
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.replaceFirst("\r\n", "\r\nHost: " + uri.getHost() + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            if (!readStatus) {
                return null;
            }
            InputStream in = socket.getInputStream();
            StringBuilder line = new StringBuilder();
            for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
                line.append((char) c);
            }
            return line.toString().trim();
        }
    }

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private String uploadClip(String title) {
        HttpResponse<byte[]> created = gateway.upload(creator, title, "clip.mp4", "video/mp4", SampleVideos.realMp4(), Map.of());
        assertThat(created.statusCode()).as(Gateway.text(created)).isEqualTo(201);
        return Gateway.json(created).get("id").asString();
    }

    private HttpRequest.Builder multipart(Gateway.Multipart body, String creatorId) {
        return HttpRequest.newBuilder(gateway.uri("/api/videos"))
                .header("X-Creator-Id", creatorId)
                .header("Content-Type", body.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.bytes()));
    }

    /** Walks the feed page by page until the video shows up. */
    private JsonNode findInFeed(String id) {
        String cursor = null;
        for (int page = 0; page < 200; page++) {
            JsonNode feed = Gateway.json(gateway.get("/api/feed?limit=50" + (cursor == null ? "" : "&cursor=" + cursor)));
            JsonNode item = findById(feed.get("items"), id);
            if (item != null) {
                return item;
            }
            if (feed.get("next") == null || feed.get("next").isNull()) {
                break;
            }
            cursor = feed.get("next").asString();
        }
        throw new AssertionError("video " + id + " is not in the feed");
    }

    private static JsonNode findById(JsonNode items, String id) {
        for (JsonNode item : items) {
            if (id.equals(item.get("id").asString())) {
                return item;
            }
        }
        return null;
    }

    private static void assertProblem(HttpResponse<byte[]> response, int status) {
        assertThat(response.statusCode()).as(Gateway.text(response)).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Gateway.json(response);
        assertThat(problem.get("type").asString()).startsWith("https://reelstorm.dev/problems/");
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.has("detail")).isTrue();
    }

    private static void waitBriefly() {
        try {
            Thread.sleep(1500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
