package io.reelstorm.upload.content;

/** Entity tags of video content: the quoted SHA-256 of its bytes, which never change. */
final class EntityTags {

    private EntityTags() {
    }

    static String of(String sha256) {
        return "\"" + sha256 + "\"";
    }

    /** Whether an {@code If-None-Match} header matches {@code etag} (weak comparison, as RFC 9110 asks). */
    static boolean noneMatchHits(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || withoutWeakPrefix(tag).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Whether an {@code If-Range} header lets the {@code Range} apply: absent, or the same strong tag. */
    static boolean rangeStillApplies(String ifRange, String etag) {
        return ifRange == null || ifRange.strip().equals(etag);
    }

    private static String withoutWeakPrefix(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
