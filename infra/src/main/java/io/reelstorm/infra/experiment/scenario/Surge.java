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

    Surge scaled(UnaryOperator<Duration> scale) {
        return new Surge(scale.apply(at), scale.apply(forDuration), times);
    }
}
