package io.reelstorm.gateway.validation;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Recognises paths that try to climb out of where they point: dot segments ({@code ..}, {@code .}, also
 * Tomcat's {@code ..;x}), encoded separators ({@code %2F}, backslashes) and control characters, however many
 * times they were percent-encoded. Such paths are never forwarded; no legitimate client sends them.
 */
public final class PathTraversal {

    /** Deeper encodings are refused outright: nobody encodes a path three times by accident. */
    private static final int MAX_DECODINGS = 3;

    private PathTraversal() {
    }

    public static boolean isSuspicious(String rawPath) {
        String current = rawPath;
        for (int decodings = 0; ; decodings++) {
            if (hasDotSegment(current) || current.indexOf('\\') >= 0 || hasControlCharacter(current)) {
                return true;
            }
            if (current.indexOf('%') < 0) {
                return false;
            }
            if (decodings == MAX_DECODINGS) {
                return true;
            }
            String decoded = decode(current);
            if (decoded == null || count('/', decoded) != count('/', current)) {
                return true;
            }
            current = decoded;
        }
    }

    private static boolean hasDotSegment(String path) {
        for (String segment : path.split("/", -1)) {
            int parameters = segment.indexOf(';');
            String name = parameters >= 0 ? segment.substring(0, parameters) : segment;
            if (name.equals(".") || name.equals("..")) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasControlCharacter(String path) {
        return path.chars().anyMatch(c -> c < 0x20 || c == 0x7f);
    }

    private static long count(char wanted, String text) {
        return text.chars().filter(c -> c == wanted).count();
    }

    /** Percent-decodes as UTF-8; null when the encoding is broken. */
    private static String decode(String encoded) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(encoded.length());
        for (int i = 0; i < encoded.length(); i++) {
            char c = encoded.charAt(i);
            if (c == '%') {
                if (i + 2 >= encoded.length()) {
                    return null;
                }
                int high = Character.digit(encoded.charAt(i + 1), 16);
                int low = Character.digit(encoded.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else {
                byte[] raw = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                bytes.write(raw, 0, raw.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray()))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
