package io.reelstorm.upload.video;

import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.RawHttp;
import org.junit.jupiter.api.Test;

class VideoIdIT extends AbstractUploadServiceIT {

    private static final String TRAVERSAL = "..%2F..%2Fetc%2Fpasswd";

    @Test
    void aMalformedIdIsAnInvalidVideoIdProblem() {
        assertProblem(api.get("/api/videos/not-a-video"), 400, "invalid-video-id");
        assertProblem(api.get("/api/videos/not-a-video/content"), 400, "invalid-video-id");
    }

    @Test
    void pathTraversalAttemptsAreRefusedAsInvalidIds() {
        assertProblem(api.get("/api/videos/" + TRAVERSAL), 400, "invalid-video-id");
        assertProblem(api.get("/api/videos/" + TRAVERSAL + "/content"), 400, "invalid-video-id");
        assertProblem(api.get("/api/videos/%2e%2e%2f%2e%2e"), 400, "invalid-video-id");
        assertProblem(api.get("/api/videos/..%252F..%252Fetc"), 400, "invalid-video-id");
        assertProblem(api.send(api.request("/api/videos/" + TRAVERSAL).header("X-Creator-Id", CREATOR).DELETE().build()),
                400, "invalid-video-id");
    }

    @Test
    void whatTomcatRefusesBeforeTheApplicationStillAnswersAsAProblem() {
        for (String path : new String[] {"/api/videos/%zz", "/api/videos/a%00b", "/api/videos/a%5C..%5Cb"}) {
            RawHttp.Response response = RawHttp.exchange(port, "GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n", new byte[0]);

            assertProblem(response, 400, "invalid-request");
        }
    }

    @Test
    void anUnknownVideoIsNotFound() {
        String unknown = new Ulid().next();

        assertProblem(api.get("/api/videos/" + unknown), 404, "video-not-found");
        assertProblem(api.get("/api/videos/" + unknown + "/content"), 404, "video-not-found");
    }
}
