package io.reelstorm.common.catalog;

/**
 * The key layout of the metadata Redis, which upload-service writes and feed-service and
 * metrics-service read. Sorted sets hold ids with score 0, so their lexicographic order is the ULID
 * order, which is creation order.
 */
public final class CatalogKeys {

    /** Every video, newest last in lexicographic order. */
    public static final String RECENT = "videos:recent";

    private CatalogKeys() {
    }

    /** Hash with a video's metadata. */
    public static String video(String videoId) {
        return "video:" + videoId;
    }

    /** Sorted set of a creator's video ids. */
    public static String creator(String creatorId) {
        return "creator:" + creatorId + ":videos";
    }
}
