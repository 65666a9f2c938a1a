package io.reelstorm.infra.link;

import static io.reelstorm.infra.link.Clients.connect;
import static io.reelstorm.infra.link.Clients.millisSince;
import static io.reelstorm.infra.link.Clients.randomBytes;
import static io.reelstorm.infra.link.Clients.readExactly;
import static io.reelstorm.infra.link.Clients.roundTrip;
import static io.reelstorm.infra.link.Clients.sendInBackground;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LinkForwardingTest {

    private EchoServer echo;
    private LinkProxies proxies;
    private Link link;

    @BeforeEach
    void openLink() throws IOException {
        echo = new EchoServer();
        proxies = new LinkProxies();
        link = proxies.open("east/feed-service->redis-meta", echo.address());
    }

    @AfterEach
    void closeAll() throws IOException {
        proxies.close();
        echo.close();
    }

    @Test
    void forwardsSmallMessagesUnchangedInBothDirections() throws IOException {
        try (Socket client = connect(link)) {
            assertThat(roundTrip(client, "PING")).isEqualTo("PING");
            assertThat(roundTrip(client, "héllo wörld")).isEqualTo("héllo wörld");
            assertThat(roundTrip(client, "x")).isEqualTo("x");
        }
    }

    @Test
    void forwardsTwentyMegabytesByteForByteInBothDirections() throws Exception {
        byte[] sent = randomBytes(20 * 1024 * 1024, 42);
        try (Socket client = connect(link)) {
            Thread sender = sendInBackground(client, sent);
            byte[] received = readExactly(client.getInputStream(), sent.length);
            sender.join();

            assertThat(received).isEqualTo(sent);
            assertThat(client.getInputStream().read()).as("end of stream after the echo").isEqualTo(-1);
        }
    }

    @Test
    void carriesOneHundredConcurrentConnectionsWithoutMixingThemUp() throws Exception {
        List<Callable<Boolean>> clients = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            int id = i;
            clients.add(() -> {
                try (Socket client = connect(link)) {
                    for (int round = 0; round < 20; round++) {
                        String message = "client-" + id + "-round-" + round + "-" + "z".repeat(id * 10);
                        if (!roundTrip(client, message).equals(message)) {
                            return false;
                        }
                    }
                    return true;
                }
            });
        }
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<Boolean> result : threads.invokeAll(clients)) {
                assertThat(result.get()).isTrue();
            }
        }
        assertThat(link.stats().totalConnections()).isEqualTo(100);
    }

    @Test
    void passesAHalfCloseThroughAndStillDeliversTheReply() throws IOException {
        byte[] request = randomBytes(300 * 1024, 7);
        try (Socket client = connect(link)) {
            client.getOutputStream().write(request);
            client.shutdownOutput();

            assertThat(client.getInputStream().readAllBytes()).isEqualTo(request);
        }
    }

    @Test
    void endsTheClientConnectionWhenTheTargetClosesAfterReplying() throws IOException {
        try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread.ofVirtual().start(() -> {
                try (Socket accepted = target.accept()) {
                    accepted.getOutputStream().write("bye".getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            Link goodbye = proxies.open("goodbye", new InetSocketAddress(InetAddress.getLoopbackAddress(), target.getLocalPort()));
            try (Socket client = connect(goodbye)) {
                assertThat(new String(client.getInputStream().readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("bye");
            }
        }
    }

    @Test
    void closesTheClientConnectionPromptlyWhenTheTargetIsDown() throws IOException {
        InetSocketAddress nobody;
        try (ServerSocket closedAgain = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            nobody = new InetSocketAddress(InetAddress.getLoopbackAddress(), closedAgain.getLocalPort());
        }
        Link down = proxies.open("to-nowhere", nobody);
        long start = System.nanoTime();
        try (Socket client = connect(down)) {
            InputStream in = client.getInputStream();
            client.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.UTF_8));

            assertThat(in.read()).isEqualTo(-1);
        }
        assertThat(millisSince(start)).isLessThan(2_000);
        assertThat(down.stats().failedConnects()).isEqualTo(1);
    }

    @Test
    void countsConnectionsAndBytesEachWay() throws IOException {
        try (Socket client = connect(link)) {
            roundTrip(client, "0123456789");
            await().atMost(Duration.ofSeconds(5)).until(() -> link.stats().openConnections() == 1);
            LinkStats stats = link.stats();
            assertThat(stats.totalConnections()).isEqualTo(1);
            assertThat(stats.bytesToTarget()).isEqualTo(10);
            assertThat(stats.bytesToClient()).isEqualTo(10);
            assertThat(stats.heldBytes()).isZero();
            assertThat(stats.resets()).isZero();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> link.stats().openConnections() == 0);
        assertThat(link.stats().totalConnections()).isEqualTo(1);
    }

    @Test
    void listsAndFindsLinksByNameAndRefusesADuplicateName() {
        assertThat(proxies.find("east/feed-service->redis-meta")).containsSame(link);
        assertThat(proxies.find("west/feed-service->redis-meta")).isEmpty();
        assertThat(proxies.links()).containsExactly(link);
        assertThat(link.target()).isEqualTo(echo.address());
        assertThatThrownBy(() -> proxies.open("east/feed-service->redis-meta", echo.address()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unique");
    }

    @Test
    void listensOnTheFixedPortAskedForAndFreesItWhenClosed() throws IOException {
        int port;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = probe.getLocalPort();
        }
        Link fixed = proxies.open("fixed", port, echo.address());
        assertThat(fixed.port()).isEqualTo(port);
        try (Socket client = connect(fixed)) {
            assertThat(roundTrip(client, "on a fixed port")).isEqualTo("on a fixed port");
            int ephemeral = link.port();

            proxies.close();

            try (ServerSocket again = new ServerSocket()) {
                again.setReuseAddress(true);
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
            try (ServerSocket again = new ServerSocket()) {
                again.setReuseAddress(true);
                again.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), ephemeral));
            }
            assertThat(client.getInputStream().read()).as("open connections are closed too").isEqualTo(-1);
        }
    }

    @Test
    void saysWhichLinkCannotListenWhenItsPortIsTaken() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThatThrownBy(() -> proxies.open("gateway-east", taken.getLocalPort(), echo.address()))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("gateway-east")
                    .hasMessageContaining(String.valueOf(taken.getLocalPort()));
        }
        assertThat(proxies.find("gateway-east")).isEmpty();
    }
}
