package io.reelstorm.common.ids;

import java.math.BigInteger;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

/**
 * ULIDs: 48 bits of milliseconds then 80 random bits, 26 Crockford base32 characters, so that ids
 * sort by creation time. Ids made by one generator within the same millisecond increase
 * monotonically.
 */
public final class Ulid {

    static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int[] DECODE = new int[128];

    static {
        Arrays.fill(DECODE, -1);
        for (int i = 0; i < ALPHABET.length; i++) {
            DECODE[ALPHABET[i]] = i;
            DECODE[Character.toLowerCase(ALPHABET[i])] = i;
        }
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private long lastMillis = -1;
    private long randomHigh; // 16 bits
    private long randomLow;  // 64 bits

    public Ulid(Clock clock) {
        this.clock = clock;
    }

    public Ulid() {
        this(Clock.systemUTC());
    }

    public synchronized String next() {
        long now = clock.millis();
        if (now > lastMillis) {
            lastMillis = now;
            randomHigh = random.nextInt(1 << 16);
            randomLow = random.nextLong();
        } else if (++randomLow == 0 && ++randomHigh == (1 << 16)) {
            // 2^80 ids in one millisecond: borrow the next millisecond rather than repeat an id.
            lastMillis++;
            randomHigh = 0;
        }
        return encode(lastMillis, randomHigh, randomLow);
    }

    /** True for 26 Crockford base32 characters whose value fits in 128 bits. */
    public static boolean isValid(String candidate) {
        if (candidate == null || candidate.length() != 26 || candidate.charAt(0) > '7') {
            return false;
        }
        for (int i = 0; i < 26; i++) {
            char c = candidate.charAt(i);
            if (c >= 128 || DECODE[c] < 0) {
                return false;
            }
        }
        return true;
    }

    /** The creation time encoded in a valid ULID. */
    public static Instant timestamp(String ulid) {
        long millis = 0;
        for (int i = 0; i < 10; i++) {
            millis = (millis << 5) | DECODE[ulid.charAt(i)];
        }
        return Instant.ofEpochMilli(millis);
    }

    /** The 16 bytes of a valid ULID (big-endian), e.g. for compact cursors. */
    public static byte[] toBytes(String ulid) {
        byte[] out = new byte[16];
        // 26 characters carry 130 bits; the first 2 are always zero.
        BigInteger value = BigInteger.ZERO;
        for (int i = 0; i < 26; i++) {
            value = value.shiftLeft(5).or(BigInteger.valueOf(DECODE[ulid.charAt(i)]));
        }
        byte[] raw = value.toByteArray();
        int copy = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - copy, out, 16 - copy, copy);
        return out;
    }

    public static String fromBytes(byte[] bytes) {
        BigInteger value = new BigInteger(1, bytes);
        char[] out = new char[26];
        for (int i = 25; i >= 0; i--) {
            out[i] = ALPHABET[value.intValue() & 31];
            value = value.shiftRight(5);
        }
        return new String(out);
    }

    static String encode(long millis, long high16, long low64) {
        char[] out = new char[26];
        for (int i = 9; i >= 0; i--) {
            out[i] = ALPHABET[(int) (millis & 31)];
            millis >>>= 5;
        }
        // 80 random bits = 16 characters: high16 (16 bits) then low64 (64 bits).
        for (int i = 25; i >= 10; i--) {
            out[i] = ALPHABET[(int) (low64 & 31)];
            low64 = (low64 >>> 5) | ((high16 & 31) << 59);
            high16 >>>= 5;
        }
        return new String(out);
    }
}
