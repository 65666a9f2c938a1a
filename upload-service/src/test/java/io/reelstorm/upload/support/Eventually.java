package io.reelstorm.upload.support;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Waits for something that happens in the background (replication, repair) within a bound. */
public final class Eventually {

    private static final Duration DEFAULT_BOUND = Duration.ofSeconds(20);

    private Eventually() {
    }

    public static void within(Duration bound, String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(bound);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                fail("not within " + bound + ": " + what);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    public static void eventually(String what, BooleanSupplier condition) {
        within(DEFAULT_BOUND, what, condition);
    }
}
