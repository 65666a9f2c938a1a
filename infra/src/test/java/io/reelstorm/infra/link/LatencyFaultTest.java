package io.reelstorm.infra.link;

import static io.reelstorm.infra.link.Clients.connect;
import static io.reelstorm.infra.link.Clients.millisSince;
import static io.reelstorm.infra.link.Clients.readExactly;
import static io.reelstorm.infra.link.Clients.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.infra.link.LinkFault.Kind;
import io.reelstorm.infra.link.LinkFault.Latency;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LatencyFaultTest {

    private EchoServer echo;
    private LinkProxies proxies;
    private Link link;

    @BeforeEach
    void openLink() throws IOException {
        echo = new EchoServer();
        proxies = new LinkProxies();
        link = proxies.open("gateway-east", echo.address());
    }

    @AfterEach
    void closeAll() throws IOException {
        proxies.close();
        echo.close();
    }

    @Test
    void delaysEveryRoundTripByAtLeastTheDelayEachWay() throws IOException {
        try (Socket client = connect(link)) {
            roundTrip(client, "warm-up");
            link.apply(new Latency(Duration.ofMillis(100)));

            for (int round = 0; round < 3; round++) {
                long start = System.nanoTime();
                assertThat(roundTrip(client, "round " + round)).isEqualTo("round " + round);
                assertThat(millisSince(start)).isGreaterThanOrEqualTo(200);
            }
        }
    }

    @Test
    void delaysConnectionEstablishmentByOneDelay() throws IOException {
        link.apply(new Latency(Duration.ofMillis(300)));
        long start = System.nanoTime();
        try (Socket client = connect(link)) {
            assertThat(roundTrip(client, "hello")).isEqualTo("hello");
        }
        assertThat((echo.lastAcceptNanos() - start) / 1_000_000).isGreaterThanOrEqualTo(300);
    }

    @Test
    void keepsEveryDelayWithinTheJitterBounds() throws IOException {
        try (Socket client = connect(link)) {
            roundTrip(client, "warm-up");
            link.apply(new Latency(Duration.ofMillis(80), Duration.ofMillis(40)));

            for (int round = 0; round < 15; round++) {
                long start = System.nanoTime();
                roundTrip(client, "round " + round);
                assertThat(millisSince(start)).isBetween(2 * 40L, 2 * 120L + 1_000);
            }
        }
    }

    @Test
    void neverReordersBytesEvenWhenTheJitterExceedsTheDelay() throws Exception {
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 2_000; i++) {
            expected.append(String.format("%05d,", i));
        }
        byte[] all = expected.toString().getBytes(StandardCharsets.US_ASCII);
        try (Socket client = connect(link)) {
            roundTrip(client, "warm-up");
            link.apply(new Latency(Duration.ofMillis(20), Duration.ofMillis(30)));

            Thread sender = Thread.ofVirtual().start(() -> {
                try {
                    OutputStream out = client.getOutputStream();
                    for (int i = 0; i < 2_000; i++) {
                        out.write(all, i * 6, 6);
                        if (i % 20 == 0) {
                            Thread.sleep(1);
                        }
                    }
                } catch (IOException | InterruptedException e) {
                    throw new RuntimeException(e);
                }
            });
            String received = new String(readExactly(client.getInputStream(), all.length), StandardCharsets.US_ASCII);
            sender.join();

            assertThat(received).isEqualTo(expected.toString());
        }
    }

    @Test
    void healingReleasesDelayedBytesAtOnce() throws IOException {
        try (Socket client = connect(link)) {
            roundTrip(client, "warm-up");
            link.apply(new Latency(Duration.ofSeconds(10)));
            long start = System.nanoTime();
            client.getOutputStream().write("late".getBytes(StandardCharsets.UTF_8));
            await().until(() -> link.stats().heldBytes() == 4);

            link.heal(Kind.LATENCY);

            assertThat(readExactly(client.getInputStream(), 4)).asString().isEqualTo("late");
            assertThat(millisSince(start)).isLessThan(5_000);
            assertThat(link.faults()).isEmpty();
        }
    }
}
