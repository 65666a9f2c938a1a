package io.reelstorm.infra.link;

import io.netty.bootstrap.Bootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoop;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.resolver.AddressResolverGroup;
import io.netty.util.ReferenceCountUtil;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.random.RandomGenerator;

/**
 * One client connection through a link and its connection to the target, both on the same event
 * loop so that everything here runs on one thread without locks. Faults changed from other threads
 * reach it through {@link #faultsChanged()}.
 */
final class Connection {

    static final WriteBufferWaterMark WATER_MARK = new WriteBufferWaterMark(64 * 1024, 256 * 1024);
    private static final long SYN_RETRANSMISSION_NANOS = TimeUnit.SECONDS.toNanos(1);
    private static final int CONNECT_TIMEOUT_MILLIS = 5_000;

    private final Link link;
    private final Channel client;
    private final AddressResolverGroup<?> resolver;
    private final EventLoop loop;
    private final RandomGenerator random;
    private final Pipe toTarget;
    private Pipe toClient;
    private Channel target;
    private boolean synInFlight;
    private boolean parked;
    private boolean closed;

    Connection(Link link, Channel client, AddressResolverGroup<?> resolver) {
        this.link = link;
        this.client = client;
        this.resolver = resolver;
        this.loop = client.eventLoop();
        this.random = link.newRandom();
        this.toTarget = new Pipe(this, link, client, Direction.TO_TARGET, new ReleaseSchedule(random));
        client.pipeline().addLast(new Side(true));
    }

    private void start() {
        link.opened(this);
        if (link.activeFaults().reset()) {
            reset();
            return;
        }
        toTarget.drain();
        attemptConnect();
    }

    /** A SYN leaving: it may be held by a partition, lost (and retransmitted a second later) or delayed. */
    private void attemptConnect() {
        if (closed) {
            return;
        }
        ActiveFaults faults = link.activeFaults();
        if (faults.partition()) {
            parked = true;
        } else if (faults.lost(random)) {
            loop.schedule(this::attemptConnect, SYN_RETRANSMISSION_NANOS, TimeUnit.NANOSECONDS);
        } else if (faults.connectDelayNanos() > 0) {
            synInFlight = true;
            loop.schedule(this::connect, faults.connectDelayNanos(), TimeUnit.NANOSECONDS);
        } else {
            synInFlight = true;
            connect();
        }
    }

    /**
     * The client sent FIN. If its SYN was black-holed or lost meanwhile, it gave up: in TCP that
     * connection never reaches the server, so neither may the request it abandoned.
     */
    private void clientEnded() {
        toTarget.endOfInput();
        if (!synInFlight) {
            close();
        }
    }

    private void connect() {
        if (closed) {
            return;
        }
        if (link.activeFaults().partition()) {
            synInFlight = false;
            parked = true;
            return;
        }
        new Bootstrap()
                .group(loop)
                .channel(NioSocketChannel.class)
                .option(ChannelOption.AUTO_READ, false)
                .option(ChannelOption.TCP_NODELAY, true)
                .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
                .option(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, CONNECT_TIMEOUT_MILLIS)
                .handler(new Side(false))
                .resolver(resolver)
                .connect(link.target())
                .addListener((ChannelFuture done) -> connected(done));
    }

    private void connected(ChannelFuture done) {
        if (closed) {
            done.channel().close();
            return;
        }
        if (!done.isSuccess()) {
            link.failedConnect();
            close();
            return;
        }
        target = done.channel();
        toClient = new Pipe(this, link, target, Direction.TO_CLIENT, new ReleaseSchedule(random));
        toClient.connectTo(client);
        toTarget.connectTo(target);
    }

    /** Called from any thread after the link's faults changed. */
    void faultsChanged() {
        runOnLoop(this::applyFaults);
    }

    private void applyFaults() {
        if (closed) {
            return;
        }
        ActiveFaults faults = link.activeFaults();
        if (faults.reset()) {
            reset();
            return;
        }
        if (parked && !faults.partition()) {
            parked = false;
            attemptConnect();
        }
        toTarget.drain();
        if (toClient != null) {
            toClient.drain();
        }
    }

    /** One direction forwarded its FIN; once both have, the connection is done. */
    void pipeEnded() {
        if (toTarget.ended() && toClient != null && toClient.ended()) {
            close();
        }
    }

    private void reset() {
        link.reset();
        abort();
    }

    /** Closes both sides with RST (SO_LINGER 0), as a failing network or peer would. */
    private void abort() {
        if (closed) {
            return;
        }
        lingerZero(client);
        if (target != null) {
            lingerZero(target);
        }
        close();
    }

    private static void lingerZero(Channel channel) {
        if (channel.isOpen()) {
            channel.config().setOption(ChannelOption.SO_LINGER, 0);
        }
    }

    void close() {
        if (closed) {
            return;
        }
        closed = true;
        toTarget.discard();
        if (toClient != null) {
            toClient.discard();
        }
        client.close();
        if (target != null) {
            target.close();
        }
        link.closed(this);
    }

    /** Closes from any thread. */
    void closeLater() {
        runOnLoop(this::close);
    }

    private void runOnLoop(Runnable task) {
        try {
            loop.execute(task);
        } catch (RejectedExecutionException shuttingDown) {
            // the event loops are stopping and close every channel themselves
        }
    }

    /** The handler of either channel; "from" is the pipe this channel feeds, "into" the one that writes to it. */
    private final class Side extends ChannelInboundHandlerAdapter {

        private final boolean clientSide;

        Side(boolean clientSide) {
            this.clientSide = clientSide;
        }

        private Pipe from() {
            return clientSide ? toTarget : toClient;
        }

        private Pipe into() {
            return clientSide ? toClient : toTarget;
        }

        @Override
        public void channelActive(ChannelHandlerContext ctx) {
            if (clientSide) {
                start();
            }
        }

        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
            Pipe from = from();
            if (closed || from == null) {
                ReferenceCountUtil.release(msg);
                return;
            }
            from.received((ByteBuf) msg);
        }

        @Override
        public void channelReadComplete(ChannelHandlerContext ctx) {
            Pipe from = from();
            if (!closed && from != null) {
                from.flush();
            }
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object event) {
            Pipe from = from();
            if (event instanceof ChannelInputShutdownEvent && !closed && from != null) {
                if (clientSide) {
                    clientEnded();
                } else {
                    from.endOfInput();
                }
            }
            ReferenceCountUtil.release(event);
        }

        @Override
        public void channelWritabilityChanged(ChannelHandlerContext ctx) {
            Pipe into = into();
            if (!closed && into != null) {
                into.drain();
            }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
            close();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
            abort();
        }
    }
}
