package io.reelstorm.common.digest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 as ReelStorm writes it everywhere (upload answers, the verifier, tests): lower-case hex. */
public final class Sha256 {

    private Sha256() {
    }

    /** A new digest; every JVM has SHA-256, so its absence is not a condition callers handle. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    /** The SHA-256 of {@code bytes}. */
    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(digest().digest(bytes));
    }

    /** Completes a digest fed while streaming, e.g. an upload's bytes on their way to the store. */
    public static String hex(MessageDigest fed) {
        return HexFormat.of().formatHex(fed.digest());
    }
}
