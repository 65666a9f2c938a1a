package io.reelstorm.infra.link;

import io.reelstorm.infra.link.LinkFault.Bandwidth;
import io.reelstorm.infra.link.LinkFault.Kind;
import io.reelstorm.infra.link.LinkFault.Latency;
import io.reelstorm.infra.link.LinkFault.Loss;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * An immutable snapshot of the faults of one link, read on every chunk; changing a fault replaces
 * the snapshot. Bandwidth buckets survive changes of other kinds, so adding latency does not refill them.
 */
final class ActiveFaults {

    static final ActiveFaults NONE = new ActiveFaults(new EnumMap<>(Kind.class), null, 0);

    private final Map<Kind, LinkFault> byKind;
    private final long delayNanos;
    private final long jitterNanos;
    private final int lossPercent;
    private final boolean reset;
    private final boolean partition;
    private final TokenBucket toTarget;
    private final TokenBucket toClient;

    private ActiveFaults(EnumMap<Kind, LinkFault> byKind, ActiveFaults previous, long now) {
        this.byKind = byKind;
        Latency latency = (Latency) byKind.get(Kind.LATENCY);
        this.delayNanos = latency == null ? 0 : latency.delay().toNanos();
        this.jitterNanos = latency == null ? 0 : latency.jitter().toNanos();
        Loss loss = (Loss) byKind.get(Kind.LOSS);
        this.lossPercent = loss == null ? 0 : loss.percent();
        this.reset = byKind.containsKey(Kind.RESET);
        this.partition = byKind.containsKey(Kind.PARTITION);
        Bandwidth bandwidth = (Bandwidth) byKind.get(Kind.BANDWIDTH);
        if (bandwidth == null) {
            this.toTarget = null;
            this.toClient = null;
        } else if (previous != null && bandwidth.equals(previous.byKind.get(Kind.BANDWIDTH))) {
            this.toTarget = previous.toTarget;
            this.toClient = previous.toClient;
        } else {
            this.toTarget = new TokenBucket(bandwidth.bytesPerSecond(), now);
            this.toClient = new TokenBucket(bandwidth.bytesPerSecond(), now);
        }
    }

    ActiveFaults with(LinkFault fault, long now) {
        EnumMap<Kind, LinkFault> next = new EnumMap<>(Kind.class);
        next.putAll(byKind);
        next.put(fault.kind(), fault);
        return new ActiveFaults(next, this, now);
    }

    ActiveFaults without(Kind kind) {
        EnumMap<Kind, LinkFault> next = new EnumMap<>(Kind.class);
        next.putAll(byKind);
        next.remove(kind);
        return new ActiveFaults(next, this, 0);
    }

    Set<LinkFault> asSet() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(byKind.values()));
    }

    /** Nothing would hold a chunk back: the fast path, bytes go straight through. */
    boolean passesThrough() {
        return delayNanos == 0 && jitterNanos == 0 && lossPercent == 0 && !partition && toTarget == null;
    }

    /** Chunks carry a release time that must be waited for. */
    boolean delays() {
        return delayNanos > 0 || jitterNanos > 0 || lossPercent > 0;
    }

    boolean reset() {
        return reset;
    }

    boolean partition() {
        return partition;
    }

    long connectDelayNanos() {
        return delayNanos;
    }

    long sampleLatencyNanos(RandomGenerator random) {
        if (jitterNanos == 0) {
            return delayNanos;
        }
        return Math.max(0, delayNanos + random.nextLong(-jitterNanos, jitterNanos + 1));
    }

    boolean lost(RandomGenerator random) {
        return lossPercent > 0 && (lossPercent == 100 || random.nextInt(100) < lossPercent);
    }

    TokenBucket bucket(Direction direction) {
        return direction == Direction.TO_TARGET ? toTarget : toClient;
    }
}
