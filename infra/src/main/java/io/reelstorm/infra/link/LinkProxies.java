package io.reelstorm.infra.link;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * The link proxies of a stack (see {@link Link}): every hop between ReelStorm's processes goes
 * through one, so that faults act on exactly the hop named. All links share one small NIO event loop
 * group; a connection costs no thread, only two sockets and its buffers. The local stack listens on
 * 127.0.0.1; a data center's link container listens on every interface (see {@code link/server}).
 * A target given by host name (unresolved) is looked up at each connection attempt, off the event
 * loops, so that a target that came back with another address is found there.
 */
public final class LinkProxies implements AutoCloseable {

    private static final int DEFAULT_THREADS = 2;

    private final EventLoopGroup group;
    private final OffLoopResolver resolver = new OffLoopResolver();
    private final SplittableRandom seeds;
    private final InetAddress listenAddress;
    private final Map<String, Link> links = new LinkedHashMap<>();
    private boolean closed;

    /** Two event loop threads, unpredictable randomness, listening on 127.0.0.1: what a local stack needs. */
    public LinkProxies() {
        this(DEFAULT_THREADS, ThreadLocalRandom.current().nextLong());
    }

    /**
     * Listening on 127.0.0.1.
     *
     * @param threads event loop threads shared by all links
     * @param seed    seeds the randomness of latency jitter and loss, so that a run can be reproduced
     */
    public LinkProxies(int threads, long seed) {
        this(threads, seed, InetAddress.getLoopbackAddress());
    }

    /**
     * @param threads       event loop threads shared by all links
     * @param seed          seeds the randomness of latency jitter and loss, so that a run can be reproduced
     * @param listenAddress the address every link listens on (0.0.0.0 in a container, where clients come from other hosts)
     */
    public LinkProxies(int threads, long seed, InetAddress listenAddress) {
        Objects.requireNonNull(listenAddress, "listenAddress");
        if (threads < 1) {
            throw new IllegalArgumentException("at least one event loop thread is needed, got " + threads);
        }
        this.group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("link-proxy", true),
                NioIoHandler.newFactory());
        this.seeds = new SplittableRandom(seed);
        this.listenAddress = listenAddress;
    }

    /** Opens a link listening on an ephemeral port of the listen address. */
    public Link open(String name, InetSocketAddress target) {
        return open(name, 0, target);
    }

    /**
     * Opens a link listening on the listen address.
     *
     * @param listenPort the port to listen on; 0 for an ephemeral one (see {@link Link#port()})
     * @throws IllegalArgumentException when a link of that name exists
     * @throws UncheckedIOException     when the port cannot be bound
     */
    public synchronized Link open(String name, int listenPort, InetSocketAddress target) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(target, "target");
        if (closed) {
            throw new IllegalStateException("link proxies are closed");
        }
        if (name.isBlank() || links.containsKey(name)) {
            throw new IllegalArgumentException("link name must be unique and not blank, got '" + name + "'");
        }
        if (listenPort < 0 || listenPort > 65_535) {
            throw new IllegalArgumentException("listen port must be between 0 and 65535, got " + listenPort);
        }
        Link link = new Link(name, target, seeds.nextLong());
        ChannelFuture bound = new ServerBootstrap()
                .group(group)
                .channel(NioServerSocketChannel.class)
                .option(ChannelOption.SO_BACKLOG, 1024)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.AUTO_READ, false)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, Connection.WATER_MARK)
                .childHandler(new ChannelInitializer<Channel>() {
                    @Override
                    protected void initChannel(Channel client) {
                        new Connection(link, client, resolver);
                    }
                })
                .bind(new InetSocketAddress(listenAddress, listenPort))
                .awaitUninterruptibly();
        if (!bound.isSuccess()) {
            Throwable cause = bound.cause();
            IOException io = cause instanceof IOException e ? e : new IOException(cause);
            throw new UncheckedIOException("link " + name + " cannot listen on port " + listenPort + ": " + cause.getMessage(), io);
        }
        link.listening(bound.channel());
        links.put(name, link);
        return link;
    }

    public synchronized Optional<Link> find(String name) {
        return Optional.ofNullable(links.get(name));
    }

    /** The open links, in the order they were opened. */
    public synchronized Collection<Link> links() {
        return List.copyOf(links.values());
    }

    /** Closes every link and connection and stops the event loops; the ports are free when this returns. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        links.values().forEach(Link::close);
        links.clear();
        group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
        resolver.close();
    }
}
