package io.reelstorm.gateway.shedding;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * How many calls one service may have in flight, sized to what the service finishes quickly by additive increase
 * and multiplicative decrease on latency (the AIMD limit of Netflix's concurrency-limits, TCP's congestion window
 * applied to requests): every call answered within the latency target widens the limit by {@code 1/limit} (one place
 * per limit's worth of fast calls), a call that took longer or failed with a 5xx narrows it by the backoff ratio, at
 * most once per target's worth of time, so that one burst of slow calls counts once. A fixed limit has to be chosen
 * for one machine and one mix of requests; this one finds the point where queueing starts on whatever runs it, which
 * is what keeps admitted requests fast while the excess is shed.
 *
 * <p>Its own counter rather than a resized Resilience4j bulkhead: shrinking a bulkhead waits for the calls above the
 * new size to finish, and this runs on the gateway's event loop, which must never wait.
 */
final class AdaptiveLimit {

    private final AdaptiveLimitProperties properties;
    private final LongSupplier nanoClock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private double limit;
    private volatile int places;
    private long lastDecreaseNanos;

    AdaptiveLimit(int initial, AdaptiveLimitProperties properties, LongSupplier nanoClock) {
        this.properties = properties;
        this.nanoClock = nanoClock;
        this.limit = Math.clamp(initial, properties.min(), properties.max());
        this.places = (int) limit;
        this.lastDecreaseNanos = nanoClock.getAsLong() - properties.latencyTarget().toNanos();
    }

    /** Takes a place when one is free; never waits. */
    boolean tryAcquire() {
        while (true) {
            int taken = inFlight.get();
            if (taken >= places) {
                return false;
            }
            if (inFlight.compareAndSet(taken, taken + 1)) {
                return true;
            }
        }
    }

    /** Gives back the place of a call that ended, and takes into account how it went. */
    void release(Duration latency, boolean serverError) {
        inFlight.decrementAndGet();
        adjust(latency, serverError);
    }

    private synchronized void adjust(Duration latency, boolean serverError) {
        if (serverError || latency.compareTo(properties.latencyTarget()) > 0) {
            long now = nanoClock.getAsLong();
            if (now - lastDecreaseNanos >= properties.latencyTarget().toNanos()) {
                lastDecreaseNanos = now;
                limit = Math.max(properties.min(), limit * properties.backoffRatio());
            }
        } else {
            limit = Math.min(properties.max(), limit + 1 / limit);
        }
        places = (int) limit;
    }

    int current() {
        return places;
    }

    int inFlight() {
        return inFlight.get();
    }
}
