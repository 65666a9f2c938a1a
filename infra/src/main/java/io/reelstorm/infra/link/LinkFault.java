package io.reelstorm.infra.link;

import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A fault applied to one {@link Link}, i.e. to exactly one hop of the platform. A link holds at
 * most one fault of each {@link Kind}; faults of different kinds combine (latency and reset for a
 * storage brown-out, say). "Upstream" is client → target, "downstream" target → client; a "chunk"
 * is whatever one read from a socket returned (a few bytes for a small request, up to tens of KB
 * in a bulk transfer).
 *
 * <ul>
 *   <li>{@link Latency}: every chunk, in both directions, is delivered {@code delay ± uniform(jitter)}
 *       (never below zero) after it arrived. Bytes are never reordered: a chunk is released no earlier
 *       than the chunk before it in the same direction. Connection establishment to the target is
 *       delayed by one {@code delay} too. A connection holds at most 1 MB per direction in flight,
 *       like a TCP window, so latency also caps a single connection's bulk throughput (1 MB per delay).</li>
 *   <li>{@link Loss}: TCP never loses bytes, it retransmits; this is what a client sees of a lossy
 *       network. Each connection attempt is "lost" with the given probability and retried one second
 *       later (a SYN retransmission), as often as the dice say. Each chunk is "lost" with the same
 *       probability and delivered after a retransmission timeout instead: 200 ms, doubling for every
 *       consecutive lost chunk in the same direction of the connection, at most 3.2 s; a delivered
 *       chunk resets it to 200 ms. Order is preserved, so a lost chunk also holds back those behind it.
 *       Healing loss lets a connection attempt waiting for its retransmission go out at that time (within a second).</li>
 *   <li>{@link Reset}: while active, every open connection is reset (both the client and the target see
 *       "connection reset", RST), and every new connection is reset right after it was accepted.</li>
 *   <li>{@link Partition}: a black hole, like an {@code iptables DROP}. New connections are accepted
 *       but not connected onward; open connections stop delivering in both directions. Bytes that keep
 *       arriving are held, up to 1 MB per direction and connection, after which the proxy stops reading
 *       (the sender's socket buffers fill and its writes block). When the partition heals, held
 *       connections are connected and held bytes delivered, as TCP retransmission would do. Clients
 *       with their own timeouts give up meanwhile — which is the point. A new connection its client
 *       closed during the partition is dropped and never reaches the target, as a SYN that never got
 *       through (the same holds for a connection whose client gives up while its SYN is "lost").</li>
 *   <li>{@link Bandwidth}: one token bucket per direction, shared by all connections of the link, so the
 *       link as a whole never carries more than the rate (over a second or more; the bucket allows a
 *       burst of 50 ms of traffic, at least 1,500 bytes).</li>
 * </ul>
 *
 * Healing a fault restores normal forwarding at once, for open connections (bytes still held for
 * latency or loss are released immediately) and for new ones; connections already reset stay
 * closed. Independently of faults, when the target refuses the connection (it is down) the client's
 * connection is closed at once, so the client notices in milliseconds rather than hanging.
 */
public sealed interface LinkFault {

    /** What a fault does; a link holds at most one fault of each kind. */
    enum Kind {
        LATENCY, LOSS, RESET, PARTITION, BANDWIDTH;

        /** How status and the links' control API name it: {@code latency}, {@code partition}, … */
        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    Kind kind();

    /**
     * Delivers every chunk {@code delay ± uniform(jitter)} after it arrived, in order.
     *
     * @param delay  the one-way delay added to each chunk and to connection establishment
     * @param jitter the half-width of the uniform spread around {@code delay}; may exceed it (delays never go below zero)
     */
    record Latency(Duration delay, Duration jitter) implements LinkFault {
        /** Beyond this a link is partitioned, not slow. */
        static final Duration MAX = Duration.ofHours(1);

        public Latency {
            Objects.requireNonNull(delay, "delay");
            Objects.requireNonNull(jitter, "jitter");
            if (delay.isNegative() || jitter.isNegative() || delay.compareTo(MAX) > 0 || jitter.compareTo(MAX) > 0) {
                throw new IllegalArgumentException("latency delay and jitter must be between 0 and " + MAX + ", got " + delay + " ± " + jitter);
            }
        }

        /** A fixed delay without jitter. */
        public Latency(Duration delay) {
            this(delay, Duration.ZERO);
        }

        @Override
        public Kind kind() {
            return Kind.LATENCY;
        }
    }

    /** @param percent the probability, 0–100, that a connection attempt or a chunk is "lost" and retransmitted */
    record Loss(int percent) implements LinkFault {
        public Loss {
            if (percent < 0 || percent > 100) {
                throw new IllegalArgumentException("loss percent must be between 0 and 100, got " + percent);
            }
        }

        @Override
        public Kind kind() {
            return Kind.LOSS;
        }
    }

    /** Resets open connections and every new one while active. */
    record Reset() implements LinkFault {
        @Override
        public Kind kind() {
            return Kind.RESET;
        }
    }

    /** Black-holes the link while active; held connections and bytes go through when it heals. */
    record Partition() implements LinkFault {
        @Override
        public Kind kind() {
            return Kind.PARTITION;
        }
    }

    /** @param kilobitsPerSecond the rate each direction of the link is limited to (1 kbit = 1,000 bits) */
    record Bandwidth(long kilobitsPerSecond) implements LinkFault {
        public Bandwidth {
            if (kilobitsPerSecond <= 0 || kilobitsPerSecond > Long.MAX_VALUE / 1000) {
                throw new IllegalArgumentException("bandwidth must be a positive number of kbit/s, got " + kilobitsPerSecond);
            }
        }

        long bytesPerSecond() {
            return kilobitsPerSecond * 1000 / 8;
        }

        @Override
        public Kind kind() {
            return Kind.BANDWIDTH;
        }
    }
}
