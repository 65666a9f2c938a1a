package io.reelstorm.upload.storage;

import java.util.List;

/**
 * An object written to one or more data centers' stores.
 *
 * @param key       its key
 * @param sizeBytes how many bytes were written
 * @param locations the data centers whose store holds it now
 * @param missing   the data centers whose store should hold it but could not be written
 */
public record StoredCopies(String key, long sizeBytes, List<String> locations, List<String> missing) {

    public StoredCopies {
        locations = List.copyOf(locations);
        missing = List.copyOf(missing);
    }

    /** A copy that could not be written now; it is owed to {@link #missing}. */
    public boolean incomplete() {
        return !missing.isEmpty();
    }
}
