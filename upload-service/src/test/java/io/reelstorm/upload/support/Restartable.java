package io.reelstorm.upload.support;

import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.PortBinding;
import com.github.dockerjava.api.model.Ports;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.GenericContainer;

/**
 * Stores a test stops and starts again, as a power loss of one store would: the container keeps its
 * data and, published on a fixed host port, its address.
 */
public final class Restartable {

    private Restartable() {
    }

    /** Publishes {@code containerPort} on a free host port that stays the same across restarts. */
    public static <T extends GenericContainer<?>> T onFixedPort(T container, int containerPort) {
        int hostPort = freePort();
        container.withCreateContainerCmdModifier(cmd -> cmd.getHostConfig()
                .withPortBindings(new PortBinding(Ports.Binding.bindPort(hostPort), new ExposedPort(containerPort))));
        return container;
    }

    public static void stop(GenericContainer<?> container) {
        DockerClientFactory.instance().client().stopContainerCmd(container.getContainerId()).withTimeout(2).exec();
    }

    /** Freezes a container: its connections stay open and nothing answers, as with a hung disk or a silent partition. */
    public static void pause(GenericContainer<?> container) {
        DockerClientFactory.instance().client().pauseContainerCmd(container.getContainerId()).exec();
    }

    public static void unpause(GenericContainer<?> container) {
        DockerClientFactory.instance().client().unpauseContainerCmd(container.getContainerId()).exec();
    }

    /** Starts a stopped Redis again and waits until it answers PING (after loading its data). */
    public static void startRedis(GenericContainer<?> redis) {
        DockerClientFactory.instance().client().startContainerCmd(redis.getContainerId()).exec();
        awaitUp(() -> redisPong(redis.getHost(), redis.getMappedPort(6379)), "Redis");
    }

    /** Starts a stopped S3Proxy again and waits until it answers HTTP. */
    public static void startS3(GenericContainer<?> s3) {
        DockerClientFactory.instance().client().startContainerCmd(s3.getContainerId()).exec();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(500)).build();
        awaitUp(() -> {
            try {
                http.send(HttpRequest.newBuilder(URI.create("http://" + s3.getHost() + ":" + s3.getMappedPort(80) + "/"))
                        .timeout(Duration.ofSeconds(1)).build(), HttpResponse.BodyHandlers.discarding());
                return true;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }, "S3Proxy");
    }

    private static boolean redisPong(String host, int port) {
        try (Socket socket = new Socket(host, port)) {
            socket.setSoTimeout(1000);
            OutputStream out = socket.getOutputStream();
            out.write("PING\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            byte[] reply = new byte[5];
            return in.readNBytes(reply, 0, 5) == 5 && "+PONG".equals(new String(reply, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitUp(java.util.function.BooleanSupplier up, String what) {
        Instant deadline = Instant.now().plusSeconds(60);
        while (!up.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + " did not come back within a minute");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
