package io.reelstorm.gateway.loadbalancing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.cloud.client.ServiceInstance;

/**
 * Which instances of one service a request may go to, best first (the load balancer takes the first whose circuit
 * breaker lets the call through):
 * <ul>
 * <li>{@code lb-skew} in force: the skewed instance only. A broken balancer follows no other rule, fixes included;
 * what limits the damage are timeouts, breakers and the concurrency limit.</li>
 * <li>{@code dc-failover} off (naive): the active data center's instances take turns, whatever their health; a retry
 * prefers one that has not failed this request yet.</li>
 * <li>{@code dc-failover} on: healthy instances only (all of them when none is: health checks lag behind a recovery,
 * and trying beats refusing); those whose breaker is open last; those that have not failed this request first; the
 * client's home data center first, but on a retry the data center that did not just fail. Equals take turns.</li>
 * </ul>
 * Whatever the fixes, the retry of a write that may have been applied (its service answered late or with a 5xx) stays
 * in that service's data center, even when it has no usable instance left: each data center remembers the
 * {@code Idempotency-Key}s and {@code View-Id}s it applied, so the other one would at best settle the duplicate
 * later. A write whose connection failed moves on: that is what a dark data center looks like.
 */
public final class RoutingDecision {

    private final ActiveDcRoundRobin pinned;
    private final AtomicInteger turns = new AtomicInteger();

    public RoutingDecision(ActiveDcRoundRobin pinned) {
        this.pinned = pinned;
    }

    /** The instances to try in order; empty when there is none this request may use. */
    public List<Candidate> order(Situation situation, List<Candidate> candidates) {
        Optional<Candidate> skewed = situation.skewedInstance()
                .flatMap(id -> candidates.stream().filter(candidate -> candidate.id().equals(id)).findFirst());
        if (skewed.isPresent()) {
            return List.of(skewed.get());
        }
        List<Candidate> allowed = situation.writeDc()
                .map(dc -> candidates.stream().filter(candidate -> candidate.dc().equals(dc)).toList())
                .orElse(candidates);
        return situation.dcFailover() ? dcAware(situation, allowed) : pinned(situation, allowed);
    }

    private List<Candidate> pinned(Situation situation, List<Candidate> candidates) {
        List<ServiceInstance> all = candidates.stream().map(Candidate::instance).toList();
        List<ServiceInstance> untried = candidates.stream().filter(candidate -> !situation.tried().contains(candidate.id()))
                .map(Candidate::instance).toList();
        Optional<ServiceInstance> chosen = situation.tried().isEmpty()
                ? pinned.choose(all)
                : pinned.choose(untried).or(() -> pinned.choose(all));
        return chosen.flatMap(instance -> candidates.stream().filter(candidate -> candidate.instance() == instance).findFirst())
                .map(List::of)
                .orElse(List.of());
    }

    private List<Candidate> dcAware(Situation situation, List<Candidate> candidates) {
        List<Candidate> healthy = candidates.stream().filter(Candidate::healthy).toList();
        List<Candidate> usable = healthy.isEmpty() ? candidates : healthy;
        if (usable.isEmpty()) {
            return List.of();
        }
        String preferredDc = preferredDc(situation, usable);
        Comparator<Candidate> rank = Comparator.comparing(Candidate::breakerOpen)
                .thenComparing(candidate -> situation.tried().contains(candidate.id()))
                .thenComparing(candidate -> !candidate.dc().equals(preferredDc));
        List<Candidate> ranked = usable.stream().sorted(rank).toList();
        int equals = (int) ranked.stream().takeWhile(candidate -> rank.compare(candidate, ranked.getFirst()) == 0).count();
        int first = Math.floorMod(turns.getAndIncrement(), equals);
        List<Candidate> ordered = new ArrayList<>(ranked.size());
        for (int i = 0; i < equals; i++) {
            ordered.add(ranked.get((first + i) % equals));
        }
        ordered.addAll(ranked.subList(equals, ranked.size()));
        return ordered;
    }

    /** The home data center, unless the last attempt just failed there and another one can take the retry. */
    private static String preferredDc(Situation situation, List<Candidate> usable) {
        String failed = situation.lastFailedDc();
        if (failed == null || !failed.equals(situation.homeDc())) {
            return situation.homeDc();
        }
        return usable.stream().map(Candidate::dc).filter(dc -> !dc.equals(failed)).sorted().findFirst().orElse(situation.homeDc());
    }

    /**
     * One instance as routing sees it at the moment of the request.
     *
     * @param healthy     as the health checks see it (passive ejection included)
     * @param breakerOpen whether the circuit breaker of its service in its data center refuses calls (only when the
     *                    {@code circuit-breakers} fix is on)
     */
    public record Candidate(ServiceInstance instance, boolean healthy, boolean breakerOpen) {

        public String id() {
            return ConfiguredInstances.idOf(instance);
        }

        public String dc() {
            return ConfiguredInstances.dcOf(instance);
        }
    }

    /**
     * What routing knows about the request and the switches at the moment of choosing.
     *
     * @param dcFailover     whether the {@code dc-failover} fix is on
     * @param homeDc         the client's home data center ({@link HomeDc})
     * @param skewedInstance the instance the {@code lb-skew} fault sends everything to, if in force
     * @param tried          instances that already failed this request
     * @param lastFailedDc   the data center of the last failed attempt, or null before any failure
     * @param writeDc        the data center where an earlier attempt of this write may have been applied
     */
    public record Situation(boolean dcFailover, String homeDc, Optional<String> skewedInstance, Set<String> tried,
                            String lastFailedDc, Optional<String> writeDc) {

        /** A first attempt with no fault in force. */
        public static Situation firstAttempt(boolean dcFailover, String homeDc) {
            return new Situation(dcFailover, homeDc, Optional.empty(), Set.of(), null, Optional.empty());
        }

        /** A retry after an attempt failed on the given instances, the last one in {@code lastFailedDc}. */
        public static Situation retry(boolean dcFailover, String homeDc, Set<String> tried, String lastFailedDc) {
            return new Situation(dcFailover, homeDc, Optional.empty(), tried, lastFailedDc, Optional.empty());
        }

        /** The same situation for a write that may already have been applied in the given data center. */
        public Situation appliedIn(String dc) {
            return new Situation(dcFailover, homeDc, skewedInstance, tried, lastFailedDc, Optional.of(dc));
        }
    }
}
