package io.reelstorm.upload.upload;

import static io.reelstorm.upload.support.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.Multipart;
import io.reelstorm.upload.support.RawHttp;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.StoreSnapshot;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every way an upload can be wrong answers 4xx problem details and leaves nothing behind. */
class RejectedUploadIT extends AbstractUploadServiceIT {

    private static final byte[] VIDEO = SampleVideos.mp4(20_000, 11);

    private StoreSnapshot before;

    @BeforeEach
    void rememberStores() {
        before = snapshot();
    }

    @AfterEach
    void nothingWasLeftBehind() {
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void anUploadWithoutAFilePartIsAMissingFileProblem() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "No file")), 400, "missing-file");
    }

    @Test
    void anEmptyFileIsAnEmptyFileProblem() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "Empty").file("file", "empty.mp4", "video/mp4", new byte[0])),
                400, "empty-file");
    }

    @Test
    void aTextFileRenamedToMp4IsRefusedWhateverItsDeclaredType() {
        byte[] text = "This is not a video, whatever its name says.\n".repeat(100).getBytes(StandardCharsets.UTF_8);

        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "Fake").file("file", "clip.mp4", "video/mp4", text)),
                415, "unsupported-media-type");
    }

    @Test
    void aFileTooShortToBeAVideoIsRefused() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "Short").file("file", "a.mp4", "video/mp4", new byte[] {0, 0, 0})),
                415, "unsupported-media-type");
    }

    @Test
    void anUploadAnnouncingMoreThanTheLimitIsRefusedBeforeItsBodyIsRead() {
        RawHttp.Response response = RawHttp.exchange(port, "POST /api/videos HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "X-Creator-Id: " + CREATOR + "\r\n"
                + "Content-Type: " + Multipart.form().contentType() + "\r\n"
                + "Content-Length: 10000000000\r\n\r\n", new byte[0]);

        assertProblem(response, 413, "payload-too-large");
    }

    @Test
    void aFileGrowingPastTheLimitWhileStreamedIsRefusedAndItsPartsAborted() {
        // 8MB is the limit in tests and parts are 5MB: a first part is already in the store when the limit is hit.
        byte[] body = Multipart.form().field("title", "Too big")
                .file("file", "big.mp4", "video/mp4", SampleVideos.mp4(8 * 1024 * 1024 + 50_000, 12)).build();
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", Multipart.form().contentType())
                // No Content-Length (chunked): only counting the bytes can notice.
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        assertProblem(api.send(request), 413, "payload-too-large");
    }

    @Test
    void anOversizedPartBesideTheFileCountsAgainstTheLimitToo() {
        byte[] body = Multipart.form().field("title", "Padded")
                .field("padding", "x".repeat(8 * 1024 * 1024 + 100_000))
                .file("file", "small.mp4", "video/mp4", VIDEO).build();
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", Multipart.form().contentType())
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
                .build();

        assertProblem(api.send(request), 413, "payload-too-large");
    }

    @Test
    void aBodyWithAnotherBoundaryThanItsContentTypeNamesIsMalformed() {
        byte[] body = Multipart.form().field("title", "x").file("file", "a.mp4", "video/mp4", VIDEO).build();
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", "multipart/form-data; boundary=some-other-boundary")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build();

        assertProblem(api.send(request), 400, "malformed-multipart");
    }

    @Test
    void garbageSentAsMultipartIsMalformed() {
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", Multipart.form().contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleVideos.mp4(5000, 13)))
                .build();

        assertProblem(api.send(request), 400, "malformed-multipart");
    }

    @Test
    void aMultipartContentTypeWithoutBoundaryIsMalformed() {
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", "multipart/form-data")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Multipart.form().field("title", "x").build()))
                .build();

        assertProblem(api.send(request), 400, "malformed-multipart");
    }

    @Test
    void aBodyThatIsNotMultipartIsAnUnsupportedMediaType() {
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", "video/mp4")
                .POST(HttpRequest.BodyPublishers.ofByteArray(VIDEO))
                .build();

        assertProblem(api.send(request), 415, "unsupported-media-type");
    }

    @Test
    void aBodyEndingWithoutItsClosingBoundaryIsMalformed() {
        byte[] unterminated = Multipart.form().field("title", "x").file("file", "a.mp4", "video/mp4", VIDEO).buildUnterminated();
        HttpRequest request = api.request("/api/videos")
                .header("X-Creator-Id", CREATOR)
                .header("Content-Type", Multipart.form().contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(unterminated))
                .build();

        assertProblem(api.send(request), 400, "malformed-multipart");
    }

    @Test
    void anUploadCutOffMidBodyLeavesNothingBehind() throws Exception {
        Multipart form = Multipart.form();
        ByteArrayOutputStream sent = new ByteArrayOutputStream();
        sent.writeBytes(form.fileHeader("file", "cut.mp4", "video/mp4").getBytes(StandardCharsets.US_ASCII));
        // More than one 5MB part, so that an unfinished multipart upload exists when the client goes away.
        sent.writeBytes(SampleVideos.mp4(6 * 1024 * 1024, 14));
        double finished = uploadsFinished();

        RawHttp.sendAndHangUp(port, "POST /api/videos HTTP/1.1\r\n"
                + "Host: localhost\r\n"
                + "X-Creator-Id: " + CREATOR + "\r\n"
                + "Content-Type: " + form.contentType() + "\r\n"
                + "Content-Length: 8000000\r\n\r\n", sent.toByteArray());

        awaitUploadsFinished(finished, 1);
    }

    @Test
    void aMissingCreatorIdIsAnInvalidCreatorIdProblem() {
        assertProblem(api.upload(null, null, Multipart.form().field("title", "x").file("file", "a.mp4", "video/mp4", VIDEO)),
                400, "invalid-creator-id");
    }

    @Test
    void aMalformedCreatorIdIsAnInvalidCreatorIdProblem() {
        assertProblem(api.upload("Ana-99!", null, Multipart.form().field("title", "x").file("file", "a.mp4", "video/mp4", VIDEO)),
                400, "invalid-creator-id");
    }

    @Test
    void aMissingTitleIsAnInvalidTitleProblem() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().file("file", "a.mp4", "video/mp4", VIDEO)), 400, "invalid-title");
    }

    @Test
    void aBlankTitleIsAnInvalidTitleProblem() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "   ").file("file", "a.mp4", "video/mp4", VIDEO)),
                400, "invalid-title");
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "").file("file", "a.mp4", "video/mp4", VIDEO)),
                400, "invalid-title");
    }

    @Test
    void aTitleOver200CharactersIsAnInvalidTitleProblem() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "t".repeat(201)).file("file", "a.mp4", "video/mp4", VIDEO)),
                400, "invalid-title");
        assertProblem(api.upload(CREATOR, null, Multipart.form().field("title", "t".repeat(50_000)).file("file", "a.mp4", "video/mp4", VIDEO)),
                400, "invalid-title");
    }

    @Test
    void anInvalidTitleSentAfterTheFileRemovesTheFileAlreadyStored() {
        assertProblem(api.upload(CREATOR, null, Multipart.form().file("file", "a.mp4", "video/mp4", VIDEO).field("title", "  ")),
                400, "invalid-title");
    }

    @Test
    void aSecondFilePartIsMalformedAndTheFirstIsRemoved() {
        assertProblem(api.upload(CREATOR, null, Multipart.form()
                        .field("title", "Two files")
                        .file("file", "a.mp4", "video/mp4", VIDEO)
                        .file("file", "b.mp4", "video/mp4", VIDEO)),
                400, "malformed-multipart");
    }

    @Test
    void anIdempotencyKeyOver128CharactersIsAnInvalidHeaderProblem() {
        HttpResponse<byte[]> response = api.upload(CREATOR, "k".repeat(129), Multipart.form().field("title", "x").file("file", "a.mp4", "video/mp4", VIDEO));

        assertProblem(response, 400, "invalid-header");
    }
}
