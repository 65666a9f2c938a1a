package io.reelstorm.metrics.counters;

/**
 * What claiming an incarnation ({@code SET counters:incarnation:{dc} candidate NX GET}) gave: ours
 * when the key was absent, otherwise the one already stored, which every instance of the data center
 * adopts.
 *
 * @param incarnation the incarnation to write under
 * @param created     true when this claim created it (the store held none)
 */
public record IncarnationClaim(String incarnation, boolean created) {

    /** @param stored what the key held before the claim, null when it was absent */
    public static IncarnationClaim of(String candidate, String stored) {
        return stored == null ? new IncarnationClaim(candidate, true) : new IncarnationClaim(stored, false);
    }

    /** True when the store holds an incarnation other than the one this process writes under. */
    public static boolean lost(String ours, String stored) {
        return ours != null && !ours.equals(stored);
    }
}
