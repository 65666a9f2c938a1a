package io.reelstorm.upload.upload;

/**
 * What identifies a file's content.
 *
 * @param sizeBytes its length
 * @param sha256    lower-case hex SHA-256 of its bytes
 */
public record FileDigest(long sizeBytes, String sha256) {
}
