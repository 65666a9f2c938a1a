package io.reelstorm.upload.upload;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.upload.support.SampleVideos;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class VideoSnifferTest {

    @Test
    void anIsoBmffFileIsMp4() {
        assertThat(VideoSniffer.detect(head(SampleVideos.mp4(100, 1)))).contains("video/mp4");
    }

    @Test
    void anIsoBmffFileWithTheQuickTimeBrandIsQuickTime() {
        assertThat(VideoSniffer.detect(head(SampleVideos.quickTime(100, 1)))).contains("video/quicktime");
    }

    @Test
    void otherIsoBmffBrandsAreMp4Too() {
        byte[] m4v = SampleVideos.mp4(100, 1);
        System.arraycopy("M4V ".getBytes(StandardCharsets.US_ASCII), 0, m4v, 8, 4);

        assertThat(VideoSniffer.detect(head(m4v))).contains("video/mp4");
    }

    @Test
    void anEbmlFileWithDocTypeWebmIsWebm() {
        assertThat(VideoSniffer.detect(head(SampleVideos.webm(100, 1)))).contains("video/webm");
    }

    @Test
    void anEbmlFileWithAnotherDocTypeIsMatroska() {
        assertThat(VideoSniffer.detect(head(SampleVideos.matroska(100, 1)))).contains("video/x-matroska");
    }

    @Test
    void anEbmlFileWhoseHeaderIsCutShortIsMatroska() {
        byte[] webm = SampleVideos.webm(100, 1);

        assertThat(VideoSniffer.detect(Arrays.copyOf(webm, 4))).contains("video/x-matroska");
        assertThat(VideoSniffer.detect(Arrays.copyOf(webm, 20))).contains("video/x-matroska");
    }

    @Test
    void aDocTypeWithTrailingPaddingIsStillWebm() {
        // EBML magic, header of 8 bytes: DocType (0x4282) of 5 bytes, "webm" and a NUL.
        byte[] header = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x88, 0x42, (byte) 0x82, (byte) 0x85, 'w', 'e', 'b', 'm', 0x00};

        assertThat(VideoSniffer.detect(header)).contains("video/webm");
    }

    @Test
    void textIsNoVideoWhateverItsName() {
        assertThat(VideoSniffer.detect("hello, this is just text\n".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void filesTooShortToTellAreNoVideo() {
        byte[] mp4 = SampleVideos.mp4(100, 1);

        assertThat(VideoSniffer.detect(new byte[0])).isEmpty();
        assertThat(VideoSniffer.detect(new byte[] {0x1A, 0x45, (byte) 0xDF})).isEmpty();
        assertThat(VideoSniffer.detect(Arrays.copyOf(mp4, 11))).isEmpty();
        assertThat(VideoSniffer.detect(Arrays.copyOf(mp4, 12))).contains("video/mp4");
    }

    @Test
    void ftypAnywhereButAtByteFourIsNoVideo() {
        assertThat(VideoSniffer.detect("xxxxxftypisom0000".getBytes(StandardCharsets.US_ASCII))).isEmpty();
    }

    private static byte[] head(byte[] file) {
        return Arrays.copyOf(file, Math.min(file.length, VideoSniffer.HEAD_LENGTH));
    }
}
