package io.reelstorm.upload.content;

import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.RawHttp;
import io.reelstorm.upload.support.SampleVideos;
import java.net.http.HttpResponse;
import java.util.Arrays;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class VideoContentIT extends AbstractUploadServiceIT {

    private static final byte[] WEBM = SampleVideos.webm(100_000, 21);
    private static String webmId;
    private static String webmEtag;

    @BeforeEach
    void uploadOnce() {
        if (webmId == null) {
            JsonNode video = uploaded("Ranges", "r.webm", WEBM);
            webmId = video.get("id").asString();
            webmEtag = "\"" + video.get("sha256").asString() + "\"";
        }
    }

    @Test
    void theWholeVideoComesWithItsTypeLengthEtagAndRangeSupport() {
        HttpResponse<byte[]> response = content();

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(WEBM);
        assertThat(response.headers().firstValue("Content-Type")).contains("video/webm");
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(WEBM.length));
        assertThat(response.headers().firstValue("ETag")).contains(webmEtag);
        assertThat(response.headers().firstValue("Accept-Ranges")).contains("bytes");
    }

    @Test
    void aClosedRangeGivesExactlyThoseBytes() {
        assertSlice(content("Range", "bytes=0-99"), 0, 99);
        assertSlice(content("Range", "bytes=1000-1000"), 1000, 1000);
        assertSlice(content("Range", "bytes=5000-5999"), 5000, 5999);
    }

    @Test
    void anOpenRangeGivesTheRestOfTheVideo() {
        assertSlice(content("Range", "bytes=99000-"), 99000, WEBM.length - 1);
    }

    @Test
    void aSuffixRangeGivesTheLastBytes() {
        assertSlice(content("Range", "bytes=-500"), WEBM.length - 500, WEBM.length - 1);
    }

    @Test
    void aRangeReachingPastTheEndIsCutAtTheEnd() {
        assertSlice(content("Range", "bytes=100-999999999"), 100, WEBM.length - 1);
        assertSlice(content("Range", "bytes=-999999999"), 0, WEBM.length - 1);
    }

    @Test
    void aRangeStartingPastTheEndIsNotSatisfiable() {
        HttpResponse<byte[]> response = content("Range", "bytes=999999999-");

        assertProblem(response, 416, "range-not-satisfiable");
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes */" + WEBM.length);
    }

    @Test
    void invalidOrMultipleRangesAreIgnoredAndTheWholeVideoSent() {
        for (String range : new String[] {"bytes=abc", "bytes=0-1,5-6", "bytes=9-3", "items=0-5", "bytes=", "bytes=--5", "bytes=1-2-3"}) {
            HttpResponse<byte[]> response = content("Range", range);

            assertThat(response.statusCode()).as(range).isEqualTo(200);
            assertThat(response.body()).as(range).isEqualTo(WEBM);
        }
    }

    @Test
    void noRangeValueEverCausesAServerError() {
        String[] ranges = {"bytes=-0", "bytes=0-0", "bytes=99999999999999999999999-", "bytes=0-99999999999999999999999",
                "bytes=-99999999999999999999999", "bytes= 1 - 2 ", "BYTES=0-1", "bytes=0x10-0x20", "=", "-", ",",
                "bytes=-", "bytes=1-", "bytes=" + "9".repeat(4000)};
        for (String range : ranges) {
            HttpResponse<byte[]> response = content("Range", range);

            assertThat(response.statusCode()).as(range).isIn(200, 206, 416);
        }
        // Arabic-Indic digits, as raw UTF-8 bytes: digits to Character.isDigit, not to HTTP.
        RawHttp.Response raw = RawHttp.exchange(port, "GET /api/videos/" + webmId + "/content HTTP/1.1\r\nHost: localhost\r\n"
                + "Range: bytes=\u00d9\u00a1-\u00d9\u00a2\r\nConnection: close\r\n\r\n", new byte[0]);
        assertThat(raw.status()).isEqualTo(200);
    }

    @Test
    void aMatchingIfNoneMatchIsNotModified() {
        assertThat(content("If-None-Match", webmEtag).statusCode()).isEqualTo(304);
        assertThat(content("If-None-Match", "\"other\", W/" + webmEtag).statusCode()).isEqualTo(304);
        assertThat(content("If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    }

    @Test
    void aRangeWhoseIfRangeNoLongerMatchesGivesTheWholeVideo() {
        HttpResponse<byte[]> response = content("Range", "bytes=0-9", "If-Range", "\"stale\"");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo(WEBM);
        assertSlice(content("Range", "bytes=0-9", "If-Range", webmEtag), 0, 9);
    }

    @Test
    void headGivesTheHeadersWithoutTheBytes() {
        HttpResponse<byte[]> whole = api.send(api.request("/api/videos/" + webmId + "/content").HEAD().build());
        HttpResponse<byte[]> range = api.send(api.request("/api/videos/" + webmId + "/content").header("Range", "bytes=10-19").HEAD().build());

        assertThat(whole.statusCode()).isEqualTo(200);
        assertThat(whole.headers().firstValue("Content-Length")).contains(Integer.toString(WEBM.length));
        assertThat(whole.body()).isEmpty();
        assertThat(range.statusCode()).isEqualTo(206);
        assertThat(range.headers().firstValue("Content-Range")).contains("bytes 10-19/" + WEBM.length);
    }

    @Test
    void aRangeAcrossTheBoundaryOfTwoStoredPartsIsExact() {
        byte[] large = SampleVideos.mp4(6 * 1024 * 1024, 22);
        String id = uploaded("Two parts", "two.mp4", large).get("id").asString();
        int boundary = 5 * 1024 * 1024;

        HttpResponse<byte[]> response = api.get("/api/videos/" + id + "/content", "Range", "bytes=" + (boundary - 100) + "-" + (boundary + 99));

        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(large, boundary - 100, boundary + 100));
    }

    private HttpResponse<byte[]> content(String... headers) {
        return api.get("/api/videos/" + webmId + "/content", headers);
    }

    private static void assertSlice(HttpResponse<byte[]> response, int first, int last) {
        assertThat(response.statusCode()).isEqualTo(206);
        assertThat(response.body()).isEqualTo(Arrays.copyOfRange(WEBM, first, last + 1));
        assertThat(response.headers().firstValue("Content-Range")).contains("bytes " + first + "-" + last + "/" + WEBM.length);
        assertThat(response.headers().firstValue("Content-Length")).contains(Integer.toString(last - first + 1));
        assertThat(response.headers().firstValue("Content-Type")).contains("video/webm");
        assertThat(response.headers().firstValue("ETag")).contains(webmEtag);
    }
}
