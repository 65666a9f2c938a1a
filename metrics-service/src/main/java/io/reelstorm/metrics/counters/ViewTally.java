package io.reelstorm.metrics.counters;

import java.util.Map;

/**
 * What a video's counter holds, in two parts that each only grow: the views counted in its slots, and
 * the views given back through retraction fields ({@link ViewIdMarks}: a {@code View-Id} counted in
 * both data centers). The count is their difference, so it may go down by a duplicate once a data
 * center learns of it; "a count below one already seen proves views missing" holds for
 * {@link #counted()} only.
 *
 * @param counted   the sum of every slot, old and new, of both data centers
 * @param givenBack the views given back, as a positive number
 */
public record ViewTally(long counted, long givenBack) {

    /** A video nobody watched. */
    public static final ViewTally NONE = new ViewTally(0, 0);

    private static final String RETRACTION_SUFFIX = "!r";

    /** The tally of a {@code views:{id}} hash, field by field. */
    public static ViewTally of(Map<String, String> fields) {
        long counted = 0;
        long givenBack = 0;
        for (Map.Entry<String, String> field : fields.entrySet()) {
            long value = Long.parseLong(field.getValue());
            if (field.getKey().endsWith(RETRACTION_SUFFIX)) {
                givenBack -= value;
            } else {
                counted += value;
            }
        }
        return new ViewTally(counted, givenBack);
    }

    /** The count: every view counted once. */
    public long views() {
        return counted - givenBack;
    }

    /** What both tallies together prove, part by part (each part only grows). */
    public ViewTally atLeast(ViewTally other) {
        return other == null ? this : new ViewTally(Math.max(counted, other.counted), Math.max(givenBack, other.givenBack));
    }
}
