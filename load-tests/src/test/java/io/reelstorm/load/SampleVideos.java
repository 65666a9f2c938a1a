package io.reelstorm.load;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/**
 * Video files for tests: the real clips in {@code src/test/resources/videos} (made with ffmpeg, a
 * few KB each), and generated files of any size whose container header is a valid MP4 or WebM — what
 * the upload-service sniffs — followed by deterministic pseudo-random payload.
 */
public final class SampleVideos {

    private SampleVideos() {
    }

    /** A real H.264 MP4 clip (1 s, 160×120). */
    public static byte[] realMp4() {
        return resource("/videos/clip.mp4");
    }

    /** A real VP8 WebM clip (1 s, 160×120). */
    public static byte[] realWebm() {
        return resource("/videos/clip.webm");
    }

    /**
     * The real MP4 clip grown to {@code size} bytes by a trailing top-level {@code free} box (which
     * players skip), so the file stays valid and playable at any size.
     */
    public static byte[] realMp4(int size, long seed) {
        byte[] clip = realMp4();
        int padding = Math.max(8, size - clip.length);
        ByteBuffer buffer = ByteBuffer.allocate(clip.length + padding).put(clip);
        buffer.putInt(padding).put(ascii("free"));
        return fillRest(buffer, seed);
    }

    /** The real WebM clip grown to {@code size} bytes by a trailing EBML Void element (which players skip). */
    public static byte[] realWebm(int size, long seed) {
        byte[] clip = realWebm();
        int padding = Math.max(9, size - clip.length);
        ByteBuffer buffer = ByteBuffer.allocate(clip.length + padding).put(clip);
        buffer.put((byte) 0xEC).put((byte) 0x01).put((byte) 0).putShort((short) 0).putInt(padding - 9);  // Void, 8-byte size
        return fillRest(buffer, seed);
    }

    private static byte[] fillRest(ByteBuffer buffer, long seed) {
        byte[] random = new byte[buffer.remaining()];
        new Random(seed).nextBytes(random);
        return buffer.put(random).array();
    }

    /** An ISO-BMFF file: {@code ftyp} (brand isom), a {@code free} box, and an {@code mdat} box filling {@code size} bytes. */
    public static byte[] mp4(int size, long seed) {
        ByteBuffer buffer = ByteBuffer.allocate(Math.max(size, 40));
        buffer.putInt(24).put(ascii("ftyp")).put(ascii("isom")).putInt(0x200).put(ascii("isom")).put(ascii("mp41"));
        buffer.putInt(8).put(ascii("free"));
        int payload = buffer.capacity() - buffer.position() - 8;
        buffer.putInt(payload + 8).put(ascii("mdat"));
        byte[] random = new byte[payload];
        new Random(seed).nextBytes(random);
        buffer.put(random);
        return buffer.array();
    }

    /** A Matroska file with DocType {@code webm}: EBML header, then a segment of pseudo-random payload. */
    public static byte[] webm(int size, long seed) {
        byte[] header = {
                0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x93,          // EBML, size 19
                0x42, (byte) 0x82, (byte) 0x84, 'w', 'e', 'b', 'm',          // DocType "webm"
                0x42, (byte) 0x87, (byte) 0x81, 0x02,                        // DocTypeVersion 2
                0x42, (byte) 0x85, (byte) 0x81, 0x02,                        // DocTypeReadVersion 2
                0x18, 0x53, (byte) 0x80, 0x67, 0x01, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF,
                (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};        // Segment, unknown size
        byte[] file = new byte[Math.max(size, header.length + 1)];
        System.arraycopy(header, 0, file, 0, header.length);
        byte[] random = new byte[file.length - header.length];
        new Random(seed).nextBytes(random);
        System.arraycopy(random, 0, file, header.length, random.length);
        return file;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] resource(String name) {
        try (InputStream in = SampleVideos.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
