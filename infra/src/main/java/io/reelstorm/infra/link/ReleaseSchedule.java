package io.reelstorm.infra.link;

import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * When each chunk of one direction of a connection may be delivered under latency and loss. A chunk
 * is never released before the one ahead of it, so bytes are never reordered. Confined to the
 * connection's event loop.
 */
final class ReleaseSchedule {

    static final long FIRST_RETRANSMISSION_TIMEOUT = TimeUnit.MILLISECONDS.toNanos(200);
    static final long MAX_RETRANSMISSION_TIMEOUT = TimeUnit.MILLISECONDS.toNanos(3_200);

    private final RandomGenerator random;
    private long retransmissionTimeout = FIRST_RETRANSMISSION_TIMEOUT;
    private long lastRelease;
    private boolean released;

    ReleaseSchedule(RandomGenerator random) {
        this.random = random;
    }

    long releaseAt(long arrival, ActiveFaults faults) {
        long at = arrival + faults.sampleLatencyNanos(random);
        if (faults.lost(random)) {
            at += retransmissionTimeout;
            retransmissionTimeout = Math.min(2 * retransmissionTimeout, MAX_RETRANSMISSION_TIMEOUT);
        } else {
            retransmissionTimeout = FIRST_RETRANSMISSION_TIMEOUT;
        }
        if (released && at - lastRelease < 0) {
            at = lastRelease;
        }
        lastRelease = at;
        released = true;
        return at;
    }
}
