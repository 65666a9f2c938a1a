package io.reelstorm.metrics.replication;

/**
 * One slot of a video's G-counter as the peer holds it.
 *
 * @param videoId the video
 * @param slot    the slot, {@code {dc}.{incarnation}}
 * @param value   the slot's value at the peer
 */
record SlotValue(String videoId, String slot, long value) {
}
