package io.reelstorm.upload.upload;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Tells the video container from the first bytes of a file; what the client declared is never
 * trusted. Knows ISO-BMFF (MP4, QuickTime) and EBML (WebM, Matroska).
 */
public final class VideoSniffer {

    /** How many leading bytes are enough to decide (an EBML header is far shorter). */
    public static final int HEAD_LENGTH = 4096;

    static final String MP4 = "video/mp4";
    static final String QUICKTIME = "video/quicktime";
    static final String WEBM = "video/webm";
    static final String MATROSKA = "video/x-matroska";

    private static final byte[] FTYP = "ftyp".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] QUICKTIME_BRAND = "qt  ".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] EBML_MAGIC = {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3};
    private static final long EBML_DOC_TYPE = 0x4282;

    private VideoSniffer() {
    }

    /** The content type of a file starting with {@code head}, or empty when it is no video we know. */
    public static Optional<String> detect(byte[] head) {
        if (head.length >= 12 && matches(head, 4, FTYP)) {
            return Optional.of(matches(head, 8, QUICKTIME_BRAND) ? QUICKTIME : MP4);
        }
        if (head.length >= 4 && matches(head, 0, EBML_MAGIC)) {
            return Optional.of("webm".equals(ebmlDocType(head)) ? WEBM : MATROSKA);
        }
        return Optional.empty();
    }

    /** The DocType of the EBML header element that starts {@code head}, or null when not found. */
    private static String ebmlDocType(byte[] head) {
        int pos = EBML_MAGIC.length;
        Vint headerSize = Vint.size(head, pos);
        if (headerSize == null) {
            return null;
        }
        pos += headerSize.length();
        long end = headerSize.unknown() ? head.length : Math.min(head.length, pos + headerSize.value());
        while (pos < end) {
            Vint id = Vint.id(head, pos);
            if (id == null) {
                return null;
            }
            pos += id.length();
            Vint size = Vint.size(head, pos);
            if (size == null || size.unknown()) {
                return null;
            }
            pos += size.length();
            if (id.value() == EBML_DOC_TYPE) {
                int length = (int) Math.min(size.value(), end - pos);
                return new String(head, pos, Math.max(0, length), StandardCharsets.US_ASCII).replace("\0", "");
            }
            pos += (int) Math.min(size.value(), end - pos);
        }
        return null;
    }

    private static boolean matches(byte[] data, int offset, byte[] expected) {
        if (data.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if (data[offset + i] != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * An EBML variable-length integer: the count of leading zero bits of its first byte gives its
     * length. Element ids keep their marker bit, data sizes drop it; a size of all ones is "unknown".
     */
    private record Vint(long value, int length, boolean unknown) {

        static Vint id(byte[] data, int offset) {
            return read(data, offset, 4, true);
        }

        static Vint size(byte[] data, int offset) {
            return read(data, offset, 8, false);
        }

        private static Vint read(byte[] data, int offset, int maxLength, boolean keepMarker) {
            if (offset >= data.length) {
                return null;
            }
            int first = data[offset] & 0xFF;
            int length = Integer.numberOfLeadingZeros(first) - 23;
            if (first == 0 || length > maxLength || offset + length > data.length) {
                return null;
            }
            long value = keepMarker ? first : first & (0xFF >> length);
            boolean allOnes = value == (0xFF >> length);
            for (int i = 1; i < length; i++) {
                int next = data[offset + i] & 0xFF;
                value = (value << 8) | next;
                allOnes &= next == 0xFF;
            }
            return new Vint(value, length, !keepMarker && allOnes);
        }
    }
}
