package io.reelstorm.upload.support;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** Small, structurally valid video files, built byte by byte. */
public final class SampleVideos {

    private SampleVideos() {
    }

    /** An ISO-BMFF file: {@code ftyp} (brand isom), a {@code free} box and an {@code mdat} box of pseudo-random bytes. */
    public static byte[] mp4(int payloadBytes, long seed) {
        return isoBmff("isom", payloadBytes, seed);
    }

    /** The same with major brand {@code qt  }: a QuickTime movie. */
    public static byte[] quickTime(int payloadBytes, long seed) {
        return isoBmff("qt  ", payloadBytes, seed);
    }

    /** An EBML header with DocType {@code webm}, then a Segment of pseudo-random bytes. */
    public static byte[] webm(int payloadBytes, long seed) {
        return ebml("webm", payloadBytes, seed);
    }

    /** An EBML header with DocType {@code matroska}. */
    public static byte[] matroska(int payloadBytes, long seed) {
        return ebml("matroska", payloadBytes, seed);
    }

    /** The 40 bytes before the {@code mdat} payload of {@link #mp4}: {@code ftyp}, {@code free}, {@code mdat} header. */
    public static byte[] mp4Header(long payloadBytes) {
        ByteBuffer header = ByteBuffer.allocate(40);
        header.putInt(24).put(ascii("ftyp")).put(ascii("isom")).putInt(0x200).put(ascii("isom")).put(ascii("mp41"));
        header.putInt(8).put(ascii("free"));
        header.putInt(Math.toIntExact(8 + payloadBytes)).put(ascii("mdat"));
        return header.array();
    }

    private static byte[] isoBmff(String majorBrand, int payloadBytes, long seed) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] header = mp4Header(payloadBytes);
        System.arraycopy(ascii(majorBrand), 0, header, 8, 4);
        out.writeBytes(header);
        out.writeBytes(random(payloadBytes, seed));
        return out.toByteArray();
    }

    private static byte[] ebml(String docType, int payloadBytes, long seed) {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        header.writeBytes(new byte[] {0x42, (byte) 0x86, (byte) 0x81, 0x01});              // EBMLVersion 1
        header.writeBytes(new byte[] {0x42, (byte) 0xF7, (byte) 0x81, 0x01});              // EBMLReadVersion 1
        header.writeBytes(new byte[] {0x42, (byte) 0xF2, (byte) 0x81, 0x04});              // EBMLMaxIDLength 4
        header.writeBytes(new byte[] {0x42, (byte) 0xF3, (byte) 0x81, 0x08});              // EBMLMaxSizeLength 8
        header.writeBytes(new byte[] {0x42, (byte) 0x82, (byte) (0x80 | docType.length())}); // DocType
        header.writeBytes(ascii(docType));
        header.writeBytes(new byte[] {0x42, (byte) 0x87, (byte) 0x81, 0x04});              // DocTypeVersion 4
        header.writeBytes(new byte[] {0x42, (byte) 0x85, (byte) 0x81, 0x02});              // DocTypeReadVersion 2
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) (0x80 | header.size())});
        out.writeBytes(header.toByteArray());
        out.writeBytes(new byte[] {0x18, 0x53, (byte) 0x80, 0x67, 0x01, 0x00, 0x00, 0x00});  // Segment, 8-byte size follows
        out.writeBytes(ByteBuffer.allocate(4).putInt(payloadBytes).array());
        out.writeBytes(random(payloadBytes, seed));
        return out.toByteArray();
    }

    private static byte[] random(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static byte[] ascii(String value) {
        return value.getBytes(StandardCharsets.US_ASCII);
    }
}
