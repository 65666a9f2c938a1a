package io.reelstorm.gateway.shedding;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * How many calls one service may have in flight, sized to what the service answers without queueing, by the gradient
 * of Netflix's concurrency-limits ({@code Gradient2Limit}) and Envoy's adaptive concurrency filter: it keeps two
 * averages of the service's time to answer, a short one (the last few calls) and a long one (its usual latency), and
 * after every call moves the limit towards
 * <pre>limit × clamp(tolerance × long / short, ½, 1)   while calls queue (short > tolerance × long)
 * limit + √limit                                 while they do not</pre>
 * When calls start to queue, the short average rises above the long one and the limit shrinks, down to half per step
 * and down to the minimum; while they do not, the limit grows by its square root, the allowance for a small queue.
 * The target is relative to each service's own latency, so one setting fits a fast metadata lookup and a slow feed
 * alike, on any machine.
 * The long average moves with time, not with the number of calls (a surge brings many calls, and counted per call it
 * would take the surge's latency for the usual one within seconds), and it falls quickly when the short one is far
 * below it, so that the limit recovers as soon as the queues drain.
 *
 * <p>Its own counter rather than a resized Resilience4j bulkhead: shrinking a bulkhead waits for the calls above the
 * new size to finish, and this runs on the gateway's event loop, which must never wait.
 */
final class AdaptiveLimit {

    private final AdaptiveLimitProperties properties;
    private final LongSupplier nanoClock;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final double longWindowNanos;
    private final double shortAlpha;
    private double limit;
    private volatile int places;
    private double longNanos = Double.NaN;
    private double shortNanos = Double.NaN;
    private long lastSampleNanos;

    AdaptiveLimit(int initial, AdaptiveLimitProperties properties, LongSupplier nanoClock) {
        this.properties = properties;
        this.nanoClock = nanoClock;
        this.longWindowNanos = properties.usualOver().toNanos();
        this.shortAlpha = 2.0 / (properties.shortWindow() + 1);
        this.limit = Math.clamp(initial, properties.min(), properties.max());
        this.places = (int) limit;
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

    /** Gives back the place of a call that ended, and takes into account how long the service took to answer. */
    void release(Duration answeredIn) {
        int wasInFlight = inFlight.getAndDecrement();
        adjust(Math.max(1, answeredIn.toNanos()), wasInFlight);
    }

    /** Gives back a place that was taken but not used for a call to the service: nothing is learnt from it. */
    void giveBack() {
        inFlight.decrementAndGet();
    }

    private synchronized void adjust(long nanos, int wasInFlight) {
        long now = nanoClock.getAsLong();
        double longAlpha = 1 - Math.exp(-(now - lastSampleNanos) / longWindowNanos);
        lastSampleNanos = now;
        longNanos = Double.isNaN(longNanos) ? nanos : longNanos + longAlpha * (nanos - longNanos);
        shortNanos = Double.isNaN(shortNanos) ? nanos : shortNanos + shortAlpha * (nanos - shortNanos);
        if (longNanos / shortNanos > 2) {
            longNanos *= 0.95;
        }
        double gradient = Math.clamp(properties.tolerance() * longNanos / shortNanos, 0.5, 1.0);
        // No queue allowance while calls queue: with it the limit could never fall below 4 (L = L/2 + √L), which on a
        // small machine is still more than a service answers without queueing.
        double target = gradient < 1 ? limit * gradient : limit + Math.sqrt(limit);
        if (target > limit && wasInFlight < limit / 2) {
            // Not using half its places: fast answers then say nothing about how many more the service could take.
            return;
        }
        limit = Math.clamp(limit * (1 - properties.smoothing()) + target * properties.smoothing(), properties.min(), properties.max());
        places = (int) limit;
    }

    int current() {
        return places;
    }

    int inFlight() {
        return inFlight.get();
    }
}
