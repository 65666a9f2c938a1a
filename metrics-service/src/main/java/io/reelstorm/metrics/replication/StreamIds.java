package io.reelstorm.metrics.replication;

/**
 * Redis stream entry ids, {@code <millis>-<sequence>}: ordered by time of the append, then sequence.
 */
final class StreamIds {

    /** Before every entry. */
    static final String ZERO = "0-0";

    private StreamIds() {
    }

    static int compare(String a, String b) {
        int byMillis = Long.compare(millis(a), millis(b));
        return byMillis != 0 ? byMillis : Long.compare(sequence(a), sequence(b));
    }

    /** When the entry was appended, in epoch milliseconds of the appending Redis's clock. */
    static long millis(String id) {
        int dash = id.indexOf('-');
        return Long.parseLong(dash < 0 ? id : id.substring(0, dash));
    }

    private static long sequence(String id) {
        int dash = id.indexOf('-');
        return dash < 0 ? 0 : Long.parseLong(id.substring(dash + 1));
    }
}
