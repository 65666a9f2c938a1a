package io.reelstorm.upload.background;

import java.time.Duration;

/** Pauses that double after each failure, from {@code first} up to {@code max}, and start over after a success. */
public final class Backoff {

    private final Duration first;
    private final Duration max;
    private Duration next;

    public Backoff(Duration first, Duration max) {
        this.first = first;
        this.max = max;
        this.next = first;
    }

    public Duration next() {
        Duration current = next;
        next = current.multipliedBy(2).compareTo(max) > 0 ? max : current.multipliedBy(2);
        return current.compareTo(max) > 0 ? max : current;
    }

    public void reset() {
        next = first;
    }
}
