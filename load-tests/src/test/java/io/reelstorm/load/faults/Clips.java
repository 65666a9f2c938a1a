package io.reelstorm.load.faults;

import io.reelstorm.load.Gateway;
import io.reelstorm.load.SampleVideos;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** Small helpers the fault tests share: a fresh creator, an uploaded clip, acknowledged views. */
final class Clips {

    private static final AtomicInteger SEED = new AtomicInteger();

    private Clips() {
    }

    static String creator() {
        return "faults_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    }

    static HttpResponse<byte[]> upload(Gateway gateway, String creator, Map<String, String> headers) {
        return gateway.upload(creator, "fault clip", "clip.mp4", "video/mp4", SampleVideos.mp4(40_000, SEED.incrementAndGet()), headers);
    }

    /** Uploads a clip and answers its id; fails the test when the upload is not acknowledged. */
    static String uploaded(Gateway gateway, String creator) {
        HttpResponse<byte[]> response = upload(gateway, creator, Map.of("Idempotency-Key", UUID.randomUUID().toString()));
        if (response.statusCode() != 201) {
            throw new AssertionError("upload answered " + response.statusCode() + ": " + Gateway.text(response));
        }
        return Gateway.json(response).get("id").asString();
    }

    /**
     * Sends {@code count} views with fresh View-Ids, each retried like the app does (up to 2 more times,
     * same View-Id); answers how many were acknowledged (202).
     */
    static int views(Gateway gateway, String videoId, int count) {
        int acknowledged = 0;
        for (int i = 0; i < count; i++) {
            String viewId = UUID.randomUUID().toString();
            for (int attempt = 0; attempt < 3; attempt++) {
                if (gateway.view(videoId, viewId).statusCode() == 202) {
                    acknowledged++;
                    break;
                }
                pause(250L << attempt);
            }
        }
        return acknowledged;
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
