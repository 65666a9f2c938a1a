package io.reelstorm.gateway.shedding;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadConfig;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Sizes one service's bulkhead to what the service finishes quickly, by additive increase and multiplicative
 * decrease on latency (the AIMD limit of Netflix's concurrency-limits, TCP's congestion window applied to
 * requests): every call answered within the latency target widens the limit by {@code 1/limit} (one place per
 * limit's worth of fast calls), a call that took longer or failed with a 5xx narrows it by the backoff ratio, at
 * most once per target's worth of time, so that one burst of slow calls counts once. A fixed limit has to be chosen
 * for one machine and one mix of requests; this one finds the point where queueing starts on whatever runs it, which
 * is what keeps admitted requests fast while the excess is shed.
 */
final class AdaptiveLimit {

    private final Bulkhead bulkhead;
    private final AdaptiveLimitProperties properties;
    private final LongSupplier nanoClock;
    private double limit;
    private long lastDecreaseNanos;

    AdaptiveLimit(Bulkhead bulkhead, AdaptiveLimitProperties properties, LongSupplier nanoClock) {
        this.bulkhead = bulkhead;
        this.properties = properties;
        this.nanoClock = nanoClock;
        this.limit = Math.clamp(bulkhead.getBulkheadConfig().getMaxConcurrentCalls(), properties.min(), properties.max());
        this.lastDecreaseNanos = nanoClock.getAsLong() - properties.latencyTarget().toNanos();
        apply();
    }

    /** Takes one finished call into account. */
    synchronized void onCallFinished(Duration latency, boolean serverError) {
        if (serverError || latency.compareTo(properties.latencyTarget()) > 0) {
            long now = nanoClock.getAsLong();
            if (now - lastDecreaseNanos >= properties.latencyTarget().toNanos()) {
                lastDecreaseNanos = now;
                limit = Math.max(properties.min(), limit * properties.backoffRatio());
                apply();
            }
        } else {
            limit = Math.min(properties.max(), limit + 1 / limit);
            apply();
        }
    }

    synchronized int current() {
        return (int) limit;
    }

    private void apply() {
        int calls = (int) limit;
        if (calls != bulkhead.getBulkheadConfig().getMaxConcurrentCalls()) {
            bulkhead.changeConfig(BulkheadConfig.from(bulkhead.getBulkheadConfig()).maxConcurrentCalls(calls).build());
        }
    }
}
