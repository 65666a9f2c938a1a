package io.reelstorm.metrics.replication;

import io.reelstorm.metrics.counters.CounterKeys;
import java.util.Optional;

/**
 * A {@code View-Id} the peer counted itself, as the peer's mark says ({@code ViewIdMarks}): what a
 * snapshot catch-up settles in place of the stream entries it skips, which would have carried it.
 *
 * @param videoId the video
 * @param viewId  the client's {@code View-Id}
 * @param slot    the peer's slot the view was counted in
 */
record CountedInPeer(String videoId, String viewId, String slot) {

    private static final int PREFIX = CounterKeys.viewSeen("", "").length() - 1;

    /** The mark behind {@code key} when its value says the peer counted the view, {@code {peer}.{incarnation}}. */
    static Optional<CountedInPeer> fromMark(String key, String mark, String peer) {
        int separator = key.indexOf(':', PREFIX);
        if (mark == null || !mark.startsWith(peer + ".") || separator < 0) {
            return Optional.empty();
        }
        return Optional.of(new CountedInPeer(key.substring(PREFIX, separator), key.substring(separator + 1), mark));
    }
}
