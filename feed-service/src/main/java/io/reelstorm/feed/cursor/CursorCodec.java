package io.reelstorm.feed.cursor;

import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.feed.walk.WalkState;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a {@link WalkState} into the opaque {@code cursor} of the feed and back. The cursor is
 * base64url(payload ‖ HMAC-SHA256(payload) truncated to 128 bits); the payload is versioned and
 * binary: version (1 byte), snapshot (16), position (4), trending consumed (1), recent bound (16),
 * head size (1), head ids (16 each). Whoever holds the shared secret, in either data center, can
 * read it; nobody else can forge or alter one.
 */
public final class CursorCodec {

    static final byte VERSION = 1;
    static final int MAC_BYTES = 16;
    static final int MAX_HEAD = 255;
    private static final int FIXED_BYTES = 1 + 16 + 4 + 1 + 16 + 1;
    private static final int MAX_CURSOR_CHARS = 4 * ((FIXED_BYTES + MAX_HEAD * 16 + MAC_BYTES + 2) / 3);
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec key;

    public CursorCodec(String secret) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC);
    }

    public String encode(WalkState state) {
        List<String> head = state.trendingHead();
        if (head.size() > MAX_HEAD) {
            throw new IllegalArgumentException("a cursor carries at most " + MAX_HEAD + " trending ids");
        }
        ByteBuffer payload = ByteBuffer.allocate(FIXED_BYTES + head.size() * 16)
                .put(VERSION)
                .put(Ulid.toBytes(state.snapshot()))
                .putInt(state.position())
                .put((byte) state.trendingConsumed())
                .put(Ulid.toBytes(state.recentBefore()))
                .put((byte) head.size());
        head.forEach(id -> payload.put(Ulid.toBytes(id)));
        return seal(payload.array());
    }

    /** The state a cursor carries, or a 400 problem when it is not one of ours, intact. */
    public WalkState decode(String cursor) {
        byte[] payload = open(cursor);
        ByteBuffer in = ByteBuffer.wrap(payload);
        if (in.get() != VERSION) {
            throw invalid("This cursor comes from another version of the feed; start again without one.");
        }
        String snapshot = Ulid.fromBytes(bytes(in));
        int position = in.getInt();
        int trendingConsumed = Byte.toUnsignedInt(in.get());
        String recentBefore = Ulid.fromBytes(bytes(in));
        int headSize = Byte.toUnsignedInt(in.get());
        if (in.remaining() != headSize * 16 || position < 0 || trendingConsumed > headSize) {
            throw invalid("The cursor is malformed.");
        }
        List<String> head = new ArrayList<>(headSize);
        for (int i = 0; i < headSize; i++) {
            head.add(Ulid.fromBytes(bytes(in)));
        }
        return new WalkState(snapshot, position, trendingConsumed, recentBefore, head);
    }

    String seal(byte[] payload) {
        byte[] sealed = Arrays.copyOf(payload, payload.length + MAC_BYTES);
        System.arraycopy(mac(payload), 0, sealed, payload.length, MAC_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(sealed);
    }

    /** The payload of an intact cursor; checks length and signature before anything is read. */
    byte[] open(String cursor) {
        if (cursor.length() > MAX_CURSOR_CHARS) {
            throw invalid("The cursor is too long.");
        }
        byte[] sealed;
        try {
            sealed = Base64.getUrlDecoder().decode(cursor);
        } catch (IllegalArgumentException e) {
            throw invalid("The cursor is not base64url.");
        }
        if (sealed.length < FIXED_BYTES + MAC_BYTES) {
            throw invalid("The cursor is truncated.");
        }
        byte[] payload = Arrays.copyOf(sealed, sealed.length - MAC_BYTES);
        byte[] signature = Arrays.copyOfRange(sealed, payload.length, sealed.length);
        if (!MessageDigest.isEqual(signature, Arrays.copyOf(mac(payload), MAC_BYTES))) {
            throw invalid("The cursor was altered or was not issued by this feed.");
        }
        return payload;
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has " + HMAC, e);
        }
    }

    private static byte[] bytes(ByteBuffer in) {
        byte[] id = new byte[16];
        in.get(id);
        return id;
    }

    private static ApiProblem invalid(String detail) {
        return new ApiProblem(ProblemType.INVALID_CURSOR, detail).with("field", "cursor");
    }
}
