package io.reelstorm.metrics.replication;

import io.reelstorm.common.views.ViewSeenKey;
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

    /** The mark behind {@code key} when its value says the peer counted the view, {@code {peer}.{incarnation}}. */
    static Optional<CountedInPeer> fromMark(String key, String mark, String peer) {
        if (mark == null || !mark.startsWith(peer + ".")) {
            return Optional.empty();
        }
        return ViewSeenKey.parse(key).map(seen -> new CountedInPeer(seen.videoId(), seen.viewId(), mark));
    }
}
