package io.reelstorm.infra.link;

import io.netty.channel.Channel;
import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.random.RandomGenerator;

/**
 * One hop of the platform (say {@code east/feed-service->redis-meta}): a TCP proxy listening on
 * 127.0.0.1 (or the address its {@link LinkProxies} were given) that forwards every connection to its target, byte for byte, and applies the faults of
 * this link to every connection through it, open and new. Opened by {@link LinkProxies#open}.
 *
 * <p>A link holds at most one fault of each {@link LinkFault.Kind}: {@link #apply} replaces an active
 * fault of the same kind, {@link #heal} removes one kind, {@link #healAll} all. Faults take effect
 * at once on open connections too. What each fault does is described on {@link LinkFault}; in short:
 * latency delays every chunk (and connection establishment) without reordering, loss adds
 * retransmission delays, reset resets open and new connections, partition black-holes the link
 * until it heals and then delivers what it held, bandwidth caps the whole link's throughput per
 * direction. Healing restores normal forwarding for open and new connections (reset ones stay
 * closed). When the target is down, the client's connection is closed at once.
 *
 * <p>Thread-safe: faults may be changed and stats read from any thread.
 */
public final class Link {

    private final String name;
    private final InetSocketAddress target;
    private final SplittableRandom random;
    private final Set<Connection> connections = ConcurrentHashMap.newKeySet();
    private final LongAdder totalConnections = new LongAdder();
    private final LongAdder bytesToTarget = new LongAdder();
    private final LongAdder bytesToClient = new LongAdder();
    private final LongAdder resets = new LongAdder();
    private final LongAdder failedConnects = new LongAdder();
    private final LongAdder heldBytes = new LongAdder();
    private volatile ActiveFaults faults = ActiveFaults.NONE;
    private volatile Channel server;
    private volatile int port;

    Link(String name, InetSocketAddress target, long seed) {
        this.name = name;
        this.target = target;
        this.random = new SplittableRandom(seed);
    }

    void listening(Channel server) {
        this.server = server;
        this.port = ((InetSocketAddress) server.localAddress()).getPort();
    }

    public String name() {
        return name;
    }

    /** The port this link listens on: what clients connect to instead of the target. */
    public int port() {
        return port;
    }

    /** Still accepting connections (its listening socket open). */
    public boolean listening() {
        Channel listening = server;
        return listening != null && listening.isActive();
    }

    public InetSocketAddress target() {
        return target;
    }

    /** Adds the fault, replacing an active fault of the same kind; acts on open connections too. */
    public void apply(LinkFault fault) {
        Objects.requireNonNull(fault, "fault");
        synchronized (this) {
            faults = faults.with(fault, System.nanoTime());
        }
        connections.forEach(Connection::faultsChanged);
    }

    /** Removes the fault of this kind, if any. */
    public void heal(LinkFault.Kind kind) {
        Objects.requireNonNull(kind, "kind");
        synchronized (this) {
            faults = faults.without(kind);
        }
        connections.forEach(Connection::faultsChanged);
    }

    public void healAll() {
        synchronized (this) {
            faults = ActiveFaults.NONE;
        }
        connections.forEach(Connection::faultsChanged);
    }

    /** The active faults, at most one per kind. */
    public Set<LinkFault> faults() {
        return faults.asSet();
    }

    public LinkStats stats() {
        return new LinkStats(connections.size(), totalConnections.sum(), bytesToTarget.sum(), bytesToClient.sum(),
                resets.sum(), failedConnects.sum(), heldBytes.sum());
    }

    @Override
    public String toString() {
        Channel listening = server;
        return "Link[" + name + " " + (listening == null ? ":" + port : listening.localAddress()) + " -> " + target + "]";
    }

    ActiveFaults activeFaults() {
        return faults;
    }

    /** Each connection gets its own generator, split from the link's seeded one: reproducible per connection order. */
    synchronized RandomGenerator newRandom() {
        return random.split();
    }

    void opened(Connection connection) {
        connections.add(connection);
        totalConnections.increment();
    }

    void closed(Connection connection) {
        connections.remove(connection);
    }

    void delivered(Direction direction, int bytes) {
        (direction == Direction.TO_TARGET ? bytesToTarget : bytesToClient).add(bytes);
    }

    void held(long bytes) {
        heldBytes.add(bytes);
    }

    void reset() {
        resets.increment();
    }

    void failedConnect() {
        failedConnects.increment();
    }

    /** Stops listening and closes every connection. */
    void close() {
        Channel listening = server;
        if (listening != null) {
            listening.close().syncUninterruptibly();
        }
        connections.forEach(Connection::closeLater);
    }
}
