package io.reelstorm.infra.experiment.scenario;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.faults.FaultKind;
import java.time.Duration;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/** One action of a scenario's timeline, applied {@link #at()} an offset from the start of the load in the given modes. */
public sealed interface Step {

    Duration at();

    Set<Mode> modes();

    /** How the report names the step, e.g. {@code fault power-loss east}. */
    String label();

    Step scaled(UnaryOperator<Duration> scale);

    /** Injects a fault through the admin API, healing itself after {@code forDuration} when there is one. */
    record FaultStep(Duration at, Set<Mode> modes, FaultKind kind, String target, Map<String, Long> options,
                     Optional<Duration> forDuration) implements Step {

        public FaultStep {
            modes = copy(modes);
            options = Map.copyOf(options);
        }

        @Override
        public String label() {
            return "fault " + kind.id() + " " + target;
        }

        @Override
        public Step scaled(UnaryOperator<Duration> scale) {
            return new FaultStep(scale.apply(at), modes, kind, target, options, forDuration.map(scale));
        }
    }

    /** The operator moves traffic to a data center. */
    record FailoverStep(Duration at, Set<Mode> modes, String dc) implements Step {

        public FailoverStep {
            modes = copy(modes);
        }

        @Override
        public String label() {
            return "failover " + dc;
        }

        @Override
        public Step scaled(UnaryOperator<Duration> scale) {
            return new FailoverStep(scale.apply(at), modes, dc);
        }
    }

    /**
     * Heals every fault in force, or only those of one kind on one target.
     *
     * @param kind   null to heal all
     * @param target null to heal all
     */
    record HealStep(Duration at, Set<Mode> modes, FaultKind kind, String target) implements Step {

        public HealStep {
            modes = copy(modes);
            if ((kind == null) != (target == null)) {
                throw new IllegalArgumentException("a heal names both a kind and a target, or neither");
            }
        }

        public static HealStep all(Duration at, Set<Mode> modes) {
            return new HealStep(at, modes, null, null);
        }

        public boolean healsAll() {
            return kind == null;
        }

        /** Whether this step heals a fault in force, given as the admin API reports it. */
        public boolean heals(String faultKind, String faultTarget) {
            return healsAll() || (kind.id().equals(faultKind) && target.equals(faultTarget));
        }

        @Override
        public String label() {
            return healsAll() ? "heal all" : "heal " + kind.id() + " " + target;
        }

        @Override
        public Step scaled(UnaryOperator<Duration> scale) {
            return new HealStep(scale.apply(at), modes, kind, target);
        }
    }

    /** Flips a fix that can change while the stack runs. */
    record FixStep(Duration at, Set<Mode> modes, Fix fix, boolean enabled) implements Step {

        public FixStep {
            modes = copy(modes);
        }

        @Override
        public String label() {
            return "fix " + fix.id() + (enabled ? " on" : " off");
        }

        @Override
        public Step scaled(UnaryOperator<Duration> scale) {
            return new FixStep(scale.apply(at), modes, fix, enabled);
        }
    }

    private static Set<Mode> copy(Set<Mode> modes) {
        return Collections.unmodifiableSet(EnumSet.copyOf(modes));
    }
}
