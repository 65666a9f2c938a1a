package io.reelstorm.metrics.replication;

import java.util.List;

/**
 * The shape of the peer's replication stream ({@code XINFO STREAM}), which decides whether tailing it
 * can continue from a stored offset.
 *
 * @param length          entries held now
 * @param lastGeneratedId the id of the last entry ever appended ({@link StreamIds#ZERO} for none)
 * @param entriesAdded    entries ever appended, trimmed ones included
 * @param firstEntryId    the oldest entry held, null when empty
 */
record PeerStream(long length, String lastGeneratedId, long entriesAdded, String firstEntryId) {

    /** A stream that does not exist (never written, or its store came back empty). */
    static final PeerStream ABSENT = new PeerStream(0, StreamIds.ZERO, 0, null);

    /** Entries appended and since trimmed away. */
    long trimmed() {
        return entriesAdded - length;
    }

    /** Parses the flat name/value reply of {@code XINFO STREAM}. */
    static PeerStream fromXinfo(List<Object> reply) {
        long length = 0;
        long entriesAdded = 0;
        String lastGeneratedId = StreamIds.ZERO;
        String firstEntryId = null;
        for (int i = 0; i + 1 < reply.size(); i += 2) {
            Object value = reply.get(i + 1);
            switch (String.valueOf(reply.get(i))) {
                case "length" -> length = asLong(value);
                case "entries-added" -> entriesAdded = asLong(value);
                case "last-generated-id" -> lastGeneratedId = String.valueOf(value);
                case "first-entry" -> firstEntryId = value instanceof List<?> entry && !entry.isEmpty() ? String.valueOf(entry.get(0)) : null;
                default -> {
                }
            }
        }
        return new PeerStream(length, lastGeneratedId, entriesAdded, firstEntryId);
    }

    private static long asLong(Object value) {
        return value instanceof Number number ? number.longValue() : Long.parseLong(String.valueOf(value));
    }
}
