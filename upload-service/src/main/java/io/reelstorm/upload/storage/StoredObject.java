package io.reelstorm.upload.storage;

/**
 * An object written to the store.
 *
 * @param key       its key
 * @param sizeBytes how many bytes were written
 */
public record StoredObject(String key, long sizeBytes) {
}
