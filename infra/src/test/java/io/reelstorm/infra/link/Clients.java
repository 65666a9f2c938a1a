package io.reelstorm.infra.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Random;

/** What a client of a link does in these tests. */
final class Clients {

    private Clients() {
    }

    static Socket connect(Link link) throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), link.port());
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(10_000);
        return socket;
    }

    /** Writes the message and reads back exactly as many bytes. */
    static String roundTrip(Socket socket, String message) throws IOException {
        byte[] bytes = message.getBytes(StandardCharsets.UTF_8);
        socket.getOutputStream().write(bytes);
        return new String(readExactly(socket.getInputStream(), bytes.length), StandardCharsets.UTF_8);
    }

    static byte[] readExactly(InputStream in, int length) throws IOException {
        byte[] bytes = in.readNBytes(length);
        if (bytes.length != length) {
            throw new IOException("connection ended after " + bytes.length + " of " + length + " bytes");
        }
        return bytes;
    }

    static byte[] randomBytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Sends everything from another thread, so that the echo can be read meanwhile, and half-closes. */
    static Thread sendInBackground(Socket socket, byte[] bytes) {
        return Thread.ofVirtual().start(() -> {
            try {
                OutputStream out = socket.getOutputStream();
                for (int offset = 0; offset < bytes.length; offset += 16 * 1024) {
                    out.write(bytes, offset, Math.min(16 * 1024, bytes.length - offset));
                }
                socket.shutdownOutput();
            } catch (IOException e) {
                throw new RuntimeException(e);
            }
        });
    }

    static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
