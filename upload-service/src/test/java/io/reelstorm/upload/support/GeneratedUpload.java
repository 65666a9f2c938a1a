package io.reelstorm.upload.support;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;

/**
 * A multipart upload of an MP4 of any size, generated while it is read (never held in memory), whose
 * file bytes are hashed on the way.
 */
public final class GeneratedUpload {

    private final Multipart form = Multipart.form();
    private final long fileBytes;
    private final long seed;
    private final MessageDigest sha256;
    private String sha256Hex;

    public GeneratedUpload(long fileBytes, long seed) {
        this.fileBytes = fileBytes;
        this.seed = seed;
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public String contentType() {
        return form.contentType();
    }

    /** The request body; read it once. */
    public InputStream body() {
        String opening = new String(Multipart.form().field("title", "Generated " + fileBytes + " bytes").buildUnterminated(), StandardCharsets.UTF_8)
                + form.fileHeader("file", "generated.mp4", "video/mp4");
        String closing = "\r\n" + form.closing();
        return new SequenceInputStream(Collections.enumeration(List.of(
                ascii(opening),
                new FileBytes(),
                ascii(closing))));
    }

    /** SHA-256 of the file part, once {@link #body()} has been read to the end. */
    public String sha256() {
        if (sha256Hex == null) {
            sha256Hex = HexFormat.of().formatHex(sha256.digest());
        }
        return sha256Hex;
    }

    private static InputStream ascii(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The MP4 header, then pseudo-random bytes (xorshift), hashed as they are handed out. */
    private final class FileBytes extends InputStream {

        private final byte[] header = SampleVideos.mp4Header(fileBytes - 40);
        private long position;
        private long state = seed == 0 ? 0x9E3779B97F4A7C15L : seed;

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position >= fileBytes) {
                return -1;
            }
            int count = (int) Math.min(length, fileBytes - position);
            for (int i = 0; i < count; i++) {
                long at = position + i;
                if (at < header.length) {
                    buffer[offset + i] = header[(int) at];
                } else {
                    if ((at - header.length) % 8 == 0) {
                        state ^= state << 13;
                        state ^= state >>> 7;
                        state ^= state << 17;
                    }
                    buffer[offset + i] = (byte) (state >>> (8 * ((at - header.length) % 8)));
                }
            }
            sha256.update(buffer, offset, count);
            position += count;
            return count;
        }
    }
}
