package io.reelstorm.gateway.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.util.internal.PlatformDependent;
import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.StubService;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Runs in a JVM whose direct memory (where Netty keeps request bodies) is smaller than the upload and whose heap
 * is small too (see the failsafe configuration): a gateway that buffered the body would fail this test.
 */
class UploadStreamingIT extends GatewayIntegrationTest {

    private static final long VIDEO_BYTES = 64L * 1024 * 1024;
    private static final String BOUNDARY = "reelstorm-upload-boundary";

    @Test
    void a64MbUploadStreamsThroughToTheServiceByteForByte() throws Exception {
        assertThat(PlatformDependent.maxDirectMemory()).as("direct memory limit of this JVM").isLessThan(VIDEO_BYTES);
        assertThat(Runtime.getRuntime().maxMemory()).as("heap limit of this JVM").isLessThanOrEqualTo(3 * VIDEO_BYTES);
        String requestId = newRequestId();
        long length = multipart().transferTo(OutputStream.nullOutputStream());
        String expectedSha256 = sha256(multipart());

        HttpResponse<String> response = gateway.send(gateway.request("/api/videos")
                .header("X-Request-Id", requestId)
                .header("X-Creator-Id", "big_uploader")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.fromPublisher(HttpRequest.BodyPublishers.ofInputStream(UploadStreamingIT::multipart), length)));

        assertThat(response.statusCode()).isEqualTo(201);
        List<StubService.Request> received = UPLOAD.requestsWithId(requestId);
        assertThat(received).hasSize(1);
        assertThat(received.getFirst().bodyBytes()).isEqualTo(length);
        assertThat(received.getFirst().bodySha256()).isEqualTo(expectedSha256);
    }

    /** A multipart upload whose file part is generated on the fly, never held in memory. */
    private static InputStream multipart() {
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"title\"\r\n\r\nA long clip\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"clip.mp4\"\r\n"
                + "Content-Type: video/mp4\r\n\r\n";
        String tail = "\r\n--" + BOUNDARY + "--\r\n";
        return new SequenceInputStream(new SequenceInputStream(
                new ByteArrayInputStream(head.getBytes(StandardCharsets.US_ASCII)), new GeneratedBytes(VIDEO_BYTES)),
                new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)));
    }

    private static String sha256(InputStream in) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        byte[] buffer = new byte[64 * 1024];
        try (in) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** Deterministic pseudo-random bytes (xorshift), so that a lost or reordered chunk changes the digest. */
    private static final class GeneratedBytes extends InputStream {

        private long remaining;
        private long state = 0x9E3779B97F4A7C15L;

        GeneratedBytes(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining == 0) {
                return -1;
            }
            int n = (int) Math.min(length, remaining);
            for (int i = 0; i < n; i++) {
                state ^= state << 13;
                state ^= state >>> 7;
                state ^= state << 17;
                buffer[offset + i] = (byte) state;
            }
            remaining -= n;
            return n;
        }
    }
}
