package io.reelstorm.common.views;

import java.util.Optional;

/**
 * The key of a {@code View-Id} mark in a data center's counter Redis, {@code view-seen:{videoId}:{viewId}}:
 * written by metrics-service, read back by its replication and by the experiments' verifier.
 */
public record ViewSeenKey(String videoId, String viewId) {

    private static final String PREFIX = "view-seen:";

    /** The pattern of every mark, for scans. */
    public static final String ALL = PREFIX + "*";

    /** The key itself. A video id holds no colon; a {@code View-Id} may. */
    public String key() {
        return PREFIX + videoId + ":" + viewId;
    }

    /** The video and {@code View-Id} of a mark's key; empty for any other key. */
    public static Optional<ViewSeenKey> parse(String key) {
        if (key == null || !key.startsWith(PREFIX)) {
            return Optional.empty();
        }
        int separator = key.indexOf(':', PREFIX.length());
        return separator < 0 ? Optional.empty()
                : Optional.of(new ViewSeenKey(key.substring(PREFIX.length(), separator), key.substring(separator + 1)));
    }
}
