package io.reelstorm.infra.link;

/**
 * The byte budget of one direction of a link under a {@link LinkFault.Bandwidth} fault. Shared by
 * all connections of the link, which may live on different event loops, hence synchronized; the
 * critical section is a few arithmetic operations.
 */
final class TokenBucket {

    /** The smallest burst: one Ethernet frame, so that very slow links still move whole packets. */
    static final long MIN_BURST = 1_500;

    private final double bytesPerNano;
    private final long capacity;
    private double tokens;
    private long refilledAt;

    TokenBucket(long bytesPerSecond, long now) {
        this.bytesPerNano = bytesPerSecond / 1e9;
        this.capacity = Math.max(bytesPerSecond / 20, MIN_BURST);
        this.tokens = capacity;
        this.refilledAt = now;
    }

    long capacity() {
        return capacity;
    }

    /**
     * Takes up to {@code wanted} bytes of budget. Grants nothing until {@code min(wanted, capacity)}
     * bytes are available, so that a slow link sends a few larger slices rather than many tiny ones.
     *
     * @return the bytes granted if positive; otherwise minus the nanoseconds to wait before asking again
     */
    synchronized long take(long wanted, long now) {
        if (now > refilledAt) {
            tokens = Math.min(capacity, tokens + (now - refilledAt) * bytesPerNano);
            refilledAt = now;
        }
        double missing = Math.min(wanted, capacity) - tokens;
        if (missing > 0) {
            return -Math.max(1, (long) Math.ceil(missing / bytesPerNano));
        }
        long granted = Math.min(wanted, (long) tokens);
        tokens -= granted;
        return granted;
    }
}
