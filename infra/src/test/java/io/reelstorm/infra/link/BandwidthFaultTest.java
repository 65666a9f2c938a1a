package io.reelstorm.infra.link;

import static io.reelstorm.infra.link.Clients.connect;
import static io.reelstorm.infra.link.Clients.millisSince;
import static io.reelstorm.infra.link.Clients.randomBytes;
import static io.reelstorm.infra.link.Clients.readExactly;
import static io.reelstorm.infra.link.Clients.sendInBackground;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.link.LinkFault.Bandwidth;
import io.reelstorm.infra.link.LinkFault.Kind;
import java.io.IOException;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class BandwidthFaultTest {

    private static final long KILOBITS_PER_SECOND = 1_600;
    private static final long BYTES_PER_SECOND = KILOBITS_PER_SECOND * 1000 / 8;
    private static final long BURST = BYTES_PER_SECOND / 20;

    private EchoServer echo;
    private LinkProxies proxies;
    private Link link;

    @BeforeEach
    void openLink() throws IOException {
        echo = new EchoServer();
        proxies = new LinkProxies();
        link = proxies.open("east-west", echo.address());
    }

    @AfterEach
    void closeAll() throws IOException {
        proxies.close();
        echo.close();
    }

    @Test
    void carriesNoMoreThanTheRateInEitherDirection() throws Exception {
        byte[] sent = randomBytes(300_000, 5);
        link.apply(new Bandwidth(KILOBITS_PER_SECOND));
        try (Socket client = connect(link)) {
            long start = System.nanoTime();
            Thread sender = sendInBackground(client, sent);

            assertThat(readExactly(client.getInputStream(), sent.length)).isEqualTo(sent);
            sender.join();
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(minimumMillis(sent.length));
        }
    }

    @Test
    void sharesTheRateBetweenAllConnectionsOfTheLink() throws Exception {
        link.apply(new Bandwidth(KILOBITS_PER_SECOND));
        List<Callable<byte[]>> clients = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            clients.add(() -> {
                try (Socket client = connect(link)) {
                    Thread sender = sendInBackground(client, randomBytes(100_000, 9));
                    byte[] received = readExactly(client.getInputStream(), 100_000);
                    sender.join();
                    return received;
                }
            });
        }
        long start = System.nanoTime();
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Future<byte[]> received : threads.invokeAll(clients)) {
                assertThat(received.get()).isEqualTo(randomBytes(100_000, 9));
            }
        }
        assertThat(millisSince(start)).isGreaterThanOrEqualTo(minimumMillis(300_000));
    }

    @Test
    void healingLiftsTheLimit() throws Exception {
        byte[] sent = randomBytes(4 * 1024 * 1024, 6);
        link.apply(new Bandwidth(8));
        link.heal(Kind.BANDWIDTH);
        try (Socket client = connect(link)) {
            long start = System.nanoTime();
            Thread sender = sendInBackground(client, sent);

            assertThat(readExactly(client.getInputStream(), sent.length)).isEqualTo(sent);
            sender.join();
            assertThat(millisSince(start)).as("4 MB at 8 kbit/s would take over an hour").isLessThan(10_000);
        }
    }

    /** The time N bytes take at the rate, less the burst the bucket starts with. */
    private static long minimumMillis(long bytes) {
        return (bytes - BURST) * 1000 / BYTES_PER_SECOND;
    }
}
