package io.reelstorm.gateway.retry;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The retry budget of {@code safe-retries}: a token bucket that every request fills by {@code ratio} of a token and
 * every retry empties by one, capped at {@code maxTokens}. When a failure storm has emptied it, the gateway stops
 * retrying instead of multiplying the load on a service that is already failing. Lock-free; counts in thousandths.
 */
public final class RetryBudget {

    private static final long ONE_TOKEN = 1000;

    private final long deposit;
    private final long capacity;
    private final AtomicLong balance;

    /**
     * @param ratio     the part of a token each request deposits
     * @param maxTokens the most tokens the bucket holds; it starts full
     */
    public RetryBudget(double ratio, double maxTokens) {
        this.deposit = Math.round(ratio * ONE_TOKEN);
        this.capacity = Math.round(maxTokens * ONE_TOKEN);
        this.balance = new AtomicLong(capacity);
    }

    /** A request was routed. */
    public void deposit() {
        balance.updateAndGet(current -> Math.min(capacity, current + deposit));
    }

    /** Spends a token for one retry; false (and nothing spent) when less than one is left. */
    public boolean tryWithdraw() {
        long before = balance.getAndUpdate(current -> current >= ONE_TOKEN ? current - ONE_TOKEN : current);
        return before >= ONE_TOKEN;
    }

    public double tokens() {
        return balance.get() / (double) ONE_TOKEN;
    }
}
