package io.reelstorm.upload.replication;

import io.reelstorm.common.ids.Ulid;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One change of a data center's catalogue, as {@code replication:catalog} carries it: {@code created}
 * with the whole video hash, or {@code deleted} with the video's id and creator.
 *
 * @param type      {@link #CREATED} or {@link #DELETED}
 * @param videoId   the video
 * @param creatorId its creator (for the creator's index)
 * @param hash      the video hash of a created video; empty for a deletion
 */
record CatalogEvent(String type, String videoId, String creatorId, Map<String, String> hash) {

    static final String CREATED = "created";
    static final String DELETED = "deleted";
    private static final String TYPE_FIELD = "type";

    static CatalogEvent created(Map<String, String> hash) {
        return new CatalogEvent(CREATED, hash.get("id"), hash.get("creatorId"), Map.copyOf(hash));
    }

    static CatalogEvent deleted(String videoId, String creatorId) {
        return new CatalogEvent(DELETED, videoId, creatorId == null ? "" : creatorId, Map.of());
    }

    /** The event of a stream entry; empty for an entry this version does not understand (it is skipped). */
    static Optional<CatalogEvent> fromEntry(Map<String, String> body) {
        String type = body.get(TYPE_FIELD);
        String id = body.get("id");
        if (id == null || !Ulid.isValid(id)) {
            return Optional.empty();
        }
        if (CREATED.equals(type)) {
            Map<String, String> hash = new LinkedHashMap<>(body);
            hash.remove(TYPE_FIELD);
            return hash.containsKey("creatorId") ? Optional.of(created(hash)) : Optional.empty();
        }
        if (DELETED.equals(type)) {
            return Optional.of(deleted(id, body.get("creatorId")));
        }
        return Optional.empty();
    }
}
