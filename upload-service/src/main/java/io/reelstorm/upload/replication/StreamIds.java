package io.reelstorm.upload.replication;

import java.util.Comparator;

/** Redis stream entry ids ({@code <ms>-<seq>}) compared as the server orders them. */
final class StreamIds {

    static final String ORIGIN = "0-0";
    static final Comparator<String> ORDER = Comparator.comparingLong((String id) -> part(id, 0)).thenComparingLong(id -> part(id, 1));

    private StreamIds() {
    }

    static boolean after(String id, String other) {
        return ORDER.compare(id, other) > 0;
    }

    private static long part(String id, int index) {
        int dash = id.indexOf('-');
        if (dash < 0) {
            return index == 0 ? Long.parseLong(id) : 0;
        }
        return Long.parseLong(index == 0 ? id.substring(0, dash) : id.substring(dash + 1));
    }
}
