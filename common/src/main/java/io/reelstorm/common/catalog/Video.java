package io.reelstorm.common.catalog;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A video's metadata as stored in the data center's metadata Redis (one hash per video) and as the
 * public contract shows it.
 *
 * @param dc the data center that took the upload
 */
public record Video(String id, String title, String creatorId, long sizeBytes, String sha256,
                    String contentType, Instant createdAt, String dc) {

    /** The fields of the {@code video:{id}} hash. */
    public Map<String, String> toHash() {
        Map<String, String> hash = new LinkedHashMap<>();
        hash.put("id", id);
        hash.put("title", title);
        hash.put("creatorId", creatorId);
        hash.put("sizeBytes", Long.toString(sizeBytes));
        hash.put("sha256", sha256);
        hash.put("contentType", contentType);
        hash.put("createdAt", createdAt.toString());
        hash.put("dc", dc);
        return hash;
    }

    /** The video a {@code video:{id}} hash describes, or null for an empty (absent) hash. */
    public static Video fromHash(Map<String, String> hash) {
        if (hash == null || hash.isEmpty() || !hash.containsKey("id")) {
            return null;
        }
        return new Video(hash.get("id"), hash.get("title"), hash.get("creatorId"),
                Long.parseLong(hash.get("sizeBytes")), hash.get("sha256"), hash.get("contentType"),
                Instant.parse(hash.get("createdAt")), hash.get("dc"));
    }
}
