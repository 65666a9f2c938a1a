package io.reelstorm.metrics.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP hop between a service and a store, like the launcher's link proxy: the address stays the same
 * while the link is cut ({@link #partition()}: open connections drop, new ones are closed at once) and
 * restored ({@link #heal()}).
 */
public final class LinkProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String targetHost;
    private final int targetPort;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private volatile boolean partitioned;

    public LinkProxy(String targetHost, int targetPort) {
        this.targetHost = targetHost;
        this.targetPort = targetPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Thread.ofVirtual().name("link-proxy-" + server.getLocalPort()).start(this::accept);
    }

    public String redisUri() {
        return "redis://127.0.0.1:" + server.getLocalPort();
    }

    public void partition() {
        partitioned = true;
        open.forEach(LinkProxy::closeQuietly);
        open.clear();
    }

    public void heal() {
        partitioned = false;
    }

    @Override
    public void close() {
        partition();
        closeQuietly(server);
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                if (partitioned) {
                    closeQuietly(client);
                } else {
                    Thread.ofVirtual().start(() -> connect(client));
                }
            } catch (IOException e) {
                // The proxy was closed.
            }
        }
    }

    private void connect(Socket client) {
        try {
            Socket upstream = new Socket(targetHost, targetPort);
            open.add(client);
            open.add(upstream);
            Thread.ofVirtual().start(() -> pipe(client, upstream));
            pipe(upstream, client);
        } catch (IOException e) {
            closeQuietly(client);
        }
    }

    private void pipe(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            int read;
            while ((read = in.read(buffer)) >= 0) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException e) {
            // One side went away; the finally below drops the other.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // Already closed.
        }
    }
}
