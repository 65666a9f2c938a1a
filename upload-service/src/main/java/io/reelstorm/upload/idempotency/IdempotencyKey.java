package io.reelstorm.upload.idempotency;

import io.reelstorm.common.digest.Sha256;
import java.nio.charset.StandardCharsets;

/**
 * A creator's {@code Idempotency-Key} as it is stored: scoped to the creator, and hashed so that any
 * visible-ASCII key makes a short, safe Redis key.
 *
 * @param recordKey {@code idempotency:{creatorId}:{sha256-hex of the key}}
 */
public record IdempotencyKey(String recordKey) {

    public static IdempotencyKey of(String creatorId, String clientKey) {
        return new IdempotencyKey("idempotency:" + creatorId + ":" + Sha256.hex(clientKey.getBytes(StandardCharsets.US_ASCII)));
    }
}
