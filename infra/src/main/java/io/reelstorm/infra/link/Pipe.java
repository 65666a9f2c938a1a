package io.reelstorm.infra.link;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.socket.SocketChannel;
import io.netty.util.concurrent.ScheduledFuture;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;

/**
 * One direction of a proxied connection: reads from {@code source}, writes to {@code dest}. Without
 * faults each chunk is written through as it arrived (no copy) and flushed once per read batch; under
 * faults chunks wait in {@code held} until their release time and their bandwidth budget. Reading
 * stops (backpressure) while {@code dest} is not writable or too much is held. Confined to the
 * connection's event loop.
 */
final class Pipe {

    /** The most a pipe holds before it stops reading: a TCP window's worth. */
    static final int HOLD_LIMIT = 1 << 20;

    private record Held(ByteBuf bytes, long releaseAt) {
    }

    private final Connection connection;
    private final Link link;
    private final Channel source;
    private final Direction direction;
    private final ReleaseSchedule schedule;
    private final ArrayDeque<Held> held = new ArrayDeque<>();
    private long heldBytes;
    private Channel dest;
    private boolean flushPending;
    private boolean inputEnded;
    private boolean ended;
    private ScheduledFuture<?> wakeup;
    private long wakeupAt;

    Pipe(Connection connection, Link link, Channel source, Direction direction, ReleaseSchedule schedule) {
        this.connection = connection;
        this.link = link;
        this.source = source;
        this.direction = direction;
        this.schedule = schedule;
    }

    /** The destination is connected: deliver what was held meanwhile, then keep forwarding. */
    void connectTo(Channel dest) {
        this.dest = dest;
        drain();
    }

    boolean ended() {
        return ended;
    }

    void received(ByteBuf bytes) {
        ActiveFaults faults = link.activeFaults();
        if (dest != null && held.isEmpty() && faults.passesThrough()) {
            forward(bytes);
            flushPending = true;
            if (!dest.isWritable()) {
                updateReading();
            }
            return;
        }
        long now = System.nanoTime();
        int size = bytes.readableBytes();
        held.add(new Held(bytes, schedule.releaseAt(now, faults)));
        heldBytes += size;
        link.held(size);
        drain(faults, now);
    }

    /** End of a read batch: one flush for everything forwarded on the fast path. */
    void flush() {
        if (flushPending) {
            flushPending = false;
            dest.flush();
        }
    }

    /** The source sent FIN: forward it once everything before it is delivered. */
    void endOfInput() {
        inputEnded = true;
        drain();
    }

    boolean inputEnded() {
        return inputEnded;
    }

    /** Delivers what may be delivered now; called on faults changes, timers and writability changes too. */
    void drain() {
        drain(link.activeFaults(), System.nanoTime());
    }

    private void drain(ActiveFaults faults, long now) {
        if (dest != null && !faults.partition()) {
            boolean wrote = false;
            while (!held.isEmpty() && dest.isWritable()) {
                Held head = held.peek();
                if (faults.delays() && head.releaseAt() - now > 0) {
                    wakeAt(head.releaseAt(), now);
                    break;
                }
                ByteBuf out = take(head, faults.bucket(direction), now);
                if (out == null) {
                    break;
                }
                forward(out);
                wrote = true;
            }
            if (wrote) {
                flushPending = false;
                dest.flush();
            }
            if (held.isEmpty() && inputEnded && !ended) {
                end();
            }
        }
        updateReading();
    }

    /** The head chunk, or as much of it as the bandwidth budget allows; null when it must wait. */
    private ByteBuf take(Held head, TokenBucket bucket, long now) {
        ByteBuf bytes = head.bytes();
        int size = bytes.readableBytes();
        if (bucket != null) {
            long granted = bucket.take(size, now);
            if (granted <= 0) {
                wakeAt(now - granted, now);
                return null;
            }
            if (granted < size) {
                unhold((int) granted);
                return bytes.readRetainedSlice((int) granted);
            }
        }
        held.poll();
        unhold(size);
        return bytes;
    }

    private void forward(ByteBuf bytes) {
        link.delivered(direction, bytes.readableBytes());
        dest.write(bytes, dest.voidPromise());
    }

    private void end() {
        ended = true;
        dest.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(written -> {
            if (written.isSuccess()) {
                ((SocketChannel) dest).shutdownOutput().addListener(shut -> connection.pipeEnded());
            } else {
                connection.close();
            }
        });
    }

    private void updateReading() {
        boolean read = !inputEnded && heldBytes < HOLD_LIMIT && (dest == null || dest.isWritable());
        if (source.config().isAutoRead() != read) {
            source.config().setAutoRead(read);
        }
    }

    private void wakeAt(long at, long now) {
        if (wakeup != null) {
            if (wakeupAt - at <= 0) {
                return;
            }
            wakeup.cancel(false);
        }
        wakeupAt = at;
        wakeup = source.eventLoop().schedule(() -> {
            wakeup = null;
            drain();
        }, at - now, TimeUnit.NANOSECONDS);
    }

    private void unhold(int size) {
        heldBytes -= size;
        link.held(-size);
    }

    /** The connection is gone: release everything held. */
    void discard() {
        if (wakeup != null) {
            wakeup.cancel(false);
            wakeup = null;
        }
        for (Held h : held) {
            h.bytes().release();
        }
        held.clear();
        link.held(-heldBytes);
        heldBytes = 0;
    }
}
