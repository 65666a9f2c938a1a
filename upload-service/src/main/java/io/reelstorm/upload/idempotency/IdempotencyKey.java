package io.reelstorm.upload.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A creator's {@code Idempotency-Key} as it is stored: scoped to the creator, and hashed so that any
 * visible-ASCII key makes a short, safe Redis key.
 *
 * @param recordKey {@code idempotency:{creatorId}:{sha256-hex of the key}}
 */
public record IdempotencyKey(String recordKey) {

    public static IdempotencyKey of(String creatorId, String clientKey) {
        return new IdempotencyKey("idempotency:" + creatorId + ":" + sha256Hex(clientKey));
    }

    private static String sha256Hex(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
