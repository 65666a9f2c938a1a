package io.reelstorm.metrics.replication;

import java.time.Duration;

/**
 * Pauses between failed attempts: doubling from {@code min} up to {@code max}, each randomised
 * between half and all of it, so that both data centers do not retry in step.
 */
record Backoff(Duration min, Duration max) {

    /**
     * @param failures consecutive failures so far, from 1
     * @param random   a number in [0, 1)
     */
    Duration after(int failures, double random) {
        long ceiling = max.toMillis();
        long base = min.toMillis();
        for (int i = 1; i < failures && base < ceiling; i++) {
            base *= 2;
        }
        base = Math.min(base, ceiling);
        return Duration.ofMillis(base / 2 + (long) (base / 2.0 * random));
    }
}
