package io.reelstorm.infra.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.LongAdder;
import org.junit.jupiter.api.Test;

/**
 * What a link costs, direct vs through the proxy, printed side by side: small request/response
 * round trips per second (64 connections ping-ponging 100-byte messages) and bulk throughput of one
 * connection. Not a test (surefire does not pick it up by default); run it with
 * {@code ./mvnw -B -o -q -pl infra test -Dtest=LinkProxyBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class LinkProxyBenchmark {

    private static final int CONNECTIONS = 64;
    private static final int MESSAGE_BYTES = 100;
    private static final int ROUNDS = 2;
    private static final long WARM_UP_MILLIS = 500;
    private static final long MEASURE_MILLIS = 2_000;

    @Test
    void printsRoundTripsAndThroughputDirectAndThroughTheProxy() throws Exception {
        try (EchoServer echo = new EchoServer(); StreamServer stream = new StreamServer(); LinkProxies proxies = new LinkProxies()) {
            Link echoLink = proxies.open("bench-echo", echo.address());
            Link streamLink = proxies.open("bench-stream", stream.address());

            // Alternating and keeping the best of each damps the noise of a shared machine.
            double directRoundTrips = 0;
            double proxiedRoundTrips = 0;
            double directBulk = 0;
            double proxiedBulk = 0;
            for (int round = 0; round < ROUNDS; round++) {
                directRoundTrips = Math.max(directRoundTrips, roundTripsPerSecond(echo.address().getPort()));
                proxiedRoundTrips = Math.max(proxiedRoundTrips, roundTripsPerSecond(echoLink.port()));
            }
            for (int round = 0; round < ROUNDS; round++) {
                directBulk = Math.max(directBulk, megabytesPerSecond(stream.address().getPort()));
                proxiedBulk = Math.max(proxiedBulk, megabytesPerSecond(streamLink.port()));
            }

            System.out.printf("%nLink proxy benchmark (%d cores, best of %d alternating runs of %d ms)%n",
                    Runtime.getRuntime().availableProcessors(), ROUNDS, MEASURE_MILLIS);
            System.out.printf("%-46s %10s %10s %7s%n", "", "direct", "proxied", "ratio");
            System.out.printf("%-46s %10.0f %10.0f %7.2f%n",
                    "round trips/s (" + CONNECTIONS + " conns, " + MESSAGE_BYTES + " B ping-pong)",
                    directRoundTrips, proxiedRoundTrips, proxiedRoundTrips / directRoundTrips);
            System.out.printf("%-46s %10.0f %10.0f %7.2f%n", "bulk MB/s (1 connection, target -> client)",
                    directBulk, proxiedBulk, proxiedBulk / directBulk);
        }
    }

    private static double roundTripsPerSecond(int port) throws Exception {
        LongAdder roundTrips = new LongAdder();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int i = 0; i < CONNECTIONS; i++) {
            clients.add(Thread.ofPlatform().daemon().start(() -> pingPong(port, running, roundTrips)));
        }
        Thread.sleep(WARM_UP_MILLIS);
        long before = roundTrips.sum();
        long start = System.nanoTime();
        Thread.sleep(MEASURE_MILLIS);
        long count = roundTrips.sum() - before;
        double seconds = (System.nanoTime() - start) / 1e9;
        running.set(false);
        for (Thread client : clients) {
            client.join();
        }
        return count / seconds;
    }

    private static void pingPong(int port, AtomicBoolean running, LongAdder roundTrips) {
        byte[] message = new byte[MESSAGE_BYTES];
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            while (running.get()) {
                out.write(message);
                if (in.readNBytes(message, 0, MESSAGE_BYTES) != MESSAGE_BYTES) {
                    throw new IOException("echo ended early");
                }
                roundTrips.increment();
            }
        } catch (IOException e) {
            throw new RuntimeException(e);
        }
    }

    private static double megabytesPerSecond(int port) throws IOException {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            InputStream in = socket.getInputStream();
            byte[] buffer = new byte[256 * 1024];
            long warmUpEnd = System.nanoTime() + WARM_UP_MILLIS * 1_000_000;
            while (System.nanoTime() < warmUpEnd) {
                in.read(buffer);
            }
            long bytes = 0;
            long start = System.nanoTime();
            long end = start + MEASURE_MILLIS * 1_000_000;
            long now;
            while ((now = System.nanoTime()) < end) {
                int n = in.read(buffer);
                if (n < 0) {
                    throw new IOException("stream ended early");
                }
                bytes += n;
            }
            return bytes / 1e6 / ((now - start) / 1e9);
        }
    }

    /** Streams bytes to every client until it goes away. */
    private static final class StreamServer implements AutoCloseable {

        private final ServerSocket server;

        StreamServer() throws IOException {
            server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
            Thread.ofPlatform().daemon().start(this::serve);
        }

        InetSocketAddress address() {
            return new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort());
        }

        private void serve() {
            byte[] chunk = new byte[256 * 1024];
            while (!server.isClosed()) {
                try {
                    Socket socket = server.accept();
                    Thread.ofPlatform().daemon().start(() -> {
                        try (socket; OutputStream out = socket.getOutputStream()) {
                            while (true) {
                                out.write(chunk);
                            }
                        } catch (IOException clientGone) {
                            // the benchmark closed its connection: this stream is done
                        }
                    });
                } catch (IOException closed) {
                    return;
                }
            }
        }

        @Override
        public void close() throws IOException {
            server.close();
        }
    }
}
