package io.reelstorm.gateway.workers;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.atomic.AtomicBoolean;
import reactor.core.publisher.Mono;
import reactor.core.publisher.MonoSink;

/**
 * A fixed number of places for requests, handed out in arrival order, with a bounded line of waiters: what a
 * thread-per-request server's worker pool and accept queue amount to, without blocking an event loop. A waiter that
 * gives up (its client went away) leaves the line.
 */
final class WorkerPool {

    private final int size;
    private final int maxWaiting;
    private final Deque<Waiter> waiting = new ArrayDeque<>();
    private int busy;

    WorkerPool(int size, int maxWaiting) {
        this.size = size;
        this.maxWaiting = maxWaiting;
    }

    /**
     * A place, now or when one frees up; {@code held} turns true when it is granted and must be given back with
     * {@link #release(AtomicBoolean)}. Empty (no place, no wait) when the line is full.
     */
    Mono<Boolean> acquire(AtomicBoolean held) {
        return Mono.create(sink -> {
            Waiter waiter = new Waiter(sink, held);
            boolean granted;
            synchronized (this) {
                granted = busy < size;
                if (granted) {
                    busy++;
                    held.set(true);
                } else if (waiting.size() < maxWaiting) {
                    waiting.addLast(waiter);
                } else {
                    sink.success(false);
                    return;
                }
            }
            if (granted) {
                sink.success(true);
            } else {
                sink.onCancel(() -> leave(waiter));
            }
        });
    }

    /** Gives a granted place back, to the longest waiter if there is one. */
    void release(AtomicBoolean held) {
        if (!held.getAndSet(false)) {
            return;
        }
        Waiter next;
        synchronized (this) {
            next = waiting.pollFirst();
            if (next == null) {
                busy--;
                return;
            }
            next.held.set(true);
        }
        next.sink.success(true);
    }

    synchronized int busy() {
        return busy;
    }

    synchronized int waiting() {
        return waiting.size();
    }

    private synchronized void leave(Waiter waiter) {
        waiting.remove(waiter);
    }

    private record Waiter(MonoSink<Boolean> sink, AtomicBoolean held) {
    }
}
