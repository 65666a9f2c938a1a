package io.reelstorm.common.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The {@code slow-instance} fault: every public request of this instance is held for a while before
 * it is served, as an overloaded or garbage-collecting server would be.
 */
public class SlowInstance {

    private final AtomicReference<Duration> delay = new AtomicReference<>(Duration.ZERO);

    public Duration delay() {
        return delay.get();
    }

    public void set(Duration newDelay) {
        delay.set(newDelay.isNegative() ? Duration.ZERO : newDelay);
    }
}
