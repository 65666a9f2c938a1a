package io.reelstorm.metrics.counters;

/**
 * The fields of a {@code views:{id}} G-counter. Each is a slot named {@code {dc}.{incarnation}} that
 * only its data center increments, for as long as its counter store keeps that incarnation; a store
 * that came back empty gets a new incarnation, so views counted afterwards never land in a slot whose
 * older, higher value may still exist elsewhere. The count is the sum of every slot, less the views given
 * back ({@link ViewTally}).
 */
public final class Slots {

    private static final char SEPARATOR = '.';

    private Slots() {
    }

    /** The slot a data center writes during one incarnation of its counter store. */
    public static String of(String dataCenter, String incarnation) {
        return dataCenter + SEPARATOR + incarnation;
    }

}
