package io.reelstorm.infra.experiment.scenario;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * An experiment as a scenario file describes it: a workload, a timeline of faults and operator steps
 * applied while it runs (after a fault-free baseline), and what each mode's run must show.
 *
 * @param name         the file name without {@code .yml}, e.g. {@code winter-storm}
 * @param models       the real event it reproduces, one paragraph
 * @param duration     length of the load
 * @param baseline     the first, fault-free phase, which SLOs are judged against
 * @param settle       the wait after the load before the verifier reads both data centers
 * @param instances    instances per data center of the services that run more than one
 * @param timeline     sorted by {@link Step#at()}
 */
public record Scenario(String name, String title, String models, Duration duration, Duration baseline, Duration settle,
                       Map<String, Integer> instances, Load load, List<Step> timeline,
                       Map<Mode, List<Expectation>> expectations) {

    public Scenario {
        instances = Map.copyOf(instances);
        timeline = List.copyOf(timeline);
        EnumMap<Mode, List<Expectation>> rules = new EnumMap<>(Mode.class);
        expectations.forEach((mode, list) -> rules.put(mode, List.copyOf(list)));
        expectations = Collections.unmodifiableMap(rules);
    }

    /** The timeline steps the run in this mode applies, in order. */
    public List<Step> stepsFor(Mode mode) {
        return timeline.stream().filter(step -> step.modes().contains(mode)).toList();
    }

    public List<Expectation> expectationsFor(Mode mode) {
        return expectations.getOrDefault(mode, List.of());
    }

    /**
     * The same experiment compressed or stretched to a new length: every offset, fault and surge
     * length and the baseline scale with it (to the millisecond); the settle time and the app's
     * timeout do not, as they are about the system, not the story.
     */
    public Scenario scaledTo(Duration newDuration) {
        if (newDuration.isNegative() || newDuration.isZero()) {
            throw new IllegalArgumentException("a scenario cannot be scaled to " + newDuration);
        }
        double factor = (double) newDuration.toMillis() / duration.toMillis();
        UnaryOperator<Duration> scale = length -> Duration.ofMillis(Math.round(length.toMillis() * factor));
        return new Scenario(name, title, models, newDuration, scale.apply(baseline), settle, instances, load.scaled(scale),
                timeline.stream().map(step -> step.scaled(scale)).toList(), expectations);
    }
}
