package io.reelstorm.metrics.replication;

/**
 * One field of a video's counter as the peer holds it: a slot, or a slot's retraction.
 *
 * @param videoId the video
 * @param slot    the field, {@code {dc}.{incarnation}} or its retraction (see {@code ViewIdMarks})
 * @param value   the field's value at the peer
 * @param viewId  the {@code View-Id} of the view that raised the slot to this value, or null: known for a stream
 *                entry of a view that had one, never for a snapshot
 */
record SlotValue(String videoId, String slot, long value, String viewId) {

    static SlotValue withoutViewId(String videoId, String slot, long value) {
        return new SlotValue(videoId, slot, value, null);
    }
}
