package io.reelstorm.infra.link;

import io.netty.resolver.AddressResolver;
import io.netty.resolver.AddressResolverGroup;
import io.netty.resolver.InetNameResolver;
import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.Promise;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Looks up a link's target host name with the JVM's resolver (and its cache policy), on a few threads
 * of its own. Netty's default resolver blocks the event loop that asks; a data center without power
 * makes every lookup of its names fail, maybe slowly, and that must not stall the other links sharing
 * the loop. Targets given as addresses (the local stack's) never come here.
 */
final class OffLoopResolver extends AddressResolverGroup<InetSocketAddress> {

    private static final int THREADS = 4;

    private final ThreadPoolExecutor lookups = new ThreadPoolExecutor(THREADS, THREADS, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), new DefaultThreadFactory("link-dns", true));

    OffLoopResolver() {
        lookups.allowCoreThreadTimeOut(true);
    }

    @Override
    protected AddressResolver<InetSocketAddress> newResolver(EventExecutor executor) {
        return new Lookup(executor).asAddressResolver();
    }

    @Override
    public void close() {
        super.close();
        lookups.shutdownNow();
    }

    private final class Lookup extends InetNameResolver {

        Lookup(EventExecutor executor) {
            super(executor);
        }

        @Override
        protected void doResolve(String host, Promise<InetAddress> promise) {
            offLoop(promise, () -> InetAddress.getByName(host));
        }

        @Override
        protected void doResolveAll(String host, Promise<List<InetAddress>> promise) {
            offLoop(promise, () -> List.of(InetAddress.getAllByName(host)));
        }
    }

    private interface Query<T> {
        T run() throws UnknownHostException;
    }

    private <T> void offLoop(Promise<T> promise, Query<T> query) {
        try {
            lookups.execute(() -> {
                try {
                    promise.trySuccess(query.run());
                } catch (UnknownHostException | RuntimeException e) {
                    promise.tryFailure(e);
                }
            });
        } catch (RejectedExecutionException closing) {
            promise.tryFailure(closing);
        }
    }
}
