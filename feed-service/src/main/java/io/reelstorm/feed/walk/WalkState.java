package io.reelstorm.feed.walk;

import io.reelstorm.common.ids.Ulid;
import java.math.BigInteger;
import java.util.List;

/**
 * Where a walk of the feed stands; everything a cursor carries, so that the next page can be served
 * by any instance in either data center.
 *
 * @param snapshot         the newest video when the walk began; newer ones never enter it
 * @param position         how many positions the walk has filled
 * @param trendingConsumed how many of {@code trendingHead} have been emitted
 * @param recentBefore     recent videos still to come are those older than this (exclusive bound)
 * @param trendingHead     the trending videos fixed for this walk, in the order they are blended in
 */
public record WalkState(String snapshot, int position, int trendingConsumed, String recentBefore,
                        List<String> trendingHead) {

    public WalkState {
        trendingHead = List.copyOf(trendingHead);
    }

    /** A walk over every video up to and including {@code snapshot}. */
    public static WalkState start(String snapshot, List<String> trendingHead) {
        return new WalkState(snapshot, 0, 0, justAbove(snapshot), trendingHead);
    }

    /**
     * The ULID right after {@code id}. All ids are canonical 26-character ULIDs, so "older than this"
     * means "up to and including {@code id}".
     */
    static String justAbove(String id) {
        BigInteger next = new BigInteger(1, Ulid.toBytes(id)).add(BigInteger.ONE);
        if (next.bitLength() > 128) {
            throw new IllegalArgumentException("no ULID follows " + id);
        }
        byte[] raw = next.toByteArray();
        byte[] bytes = new byte[16];
        int length = Math.min(raw.length, 16);
        System.arraycopy(raw, raw.length - length, bytes, 16 - length, length);
        return Ulid.fromBytes(bytes);
    }
}
