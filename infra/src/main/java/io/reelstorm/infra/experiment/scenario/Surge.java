package io.reelstorm.infra.experiment.scenario;

import java.time.Duration;
import java.util.function.UnaryOperator;

/**
 * A window in which sessions arrive {@code times} faster than at baseline.
 *
 * @param at          offset from the start of the load
 * @param forDuration how long the window lasts
 */
public record Surge(Duration at, Duration forDuration, int times) {

    public Duration end() {
        return at.plus(forDuration);
    }

    /** Whether the surge is in force this far into the load. */
    public boolean covers(long elapsedMillis) {
        return at.toMillis() <= elapsedMillis && elapsedMillis < end().toMillis();
    }

    /** How progress lines and reports name it. */
    public String label() {
        return "load ×" + times;
    }

    Surge scaled(UnaryOperator<Duration> scale) {
        return new Surge(scale.apply(at), scale.apply(forDuration), times);
    }
}
