package io.reelstorm.infra.link;

import static io.reelstorm.infra.link.Clients.connect;
import static io.reelstorm.infra.link.Clients.millisSince;
import static io.reelstorm.infra.link.Clients.randomBytes;
import static io.reelstorm.infra.link.Clients.readExactly;
import static io.reelstorm.infra.link.Clients.roundTrip;
import static io.reelstorm.infra.link.Clients.sendInBackground;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.infra.link.LinkFault.Kind;
import io.reelstorm.infra.link.LinkFault.Loss;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LossFaultTest {

    private EchoServer echo;
    private LinkProxies proxies;
    private Link link;

    @BeforeEach
    void openLink() throws IOException {
        echo = new EchoServer();
        proxies = new LinkProxies(2, 42);
        link = proxies.open("east-west", echo.address());
    }

    @AfterEach
    void closeAll() throws IOException {
        proxies.close();
        echo.close();
    }

    @Test
    void lossOfZeroPercentChangesNothing() throws Exception {
        link.apply(new Loss(0));
        byte[] sent = randomBytes(1024 * 1024, 3);
        try (Socket client = connect(link)) {
            long start = System.nanoTime();
            for (int round = 0; round < 20; round++) {
                assertThat(roundTrip(client, "round " + round)).isEqualTo("round " + round);
            }
            assertThat(millisSince(start)).as("no retransmission timeout was waited for").isLessThan(20 * 200);

            Thread sender = sendInBackground(client, sent);
            assertThat(readExactly(client.getInputStream(), sent.length)).isEqualTo(sent);
            sender.join();
        }
    }

    @Test
    void totalLossDelaysEveryChunkByADoublingTimeoutYetDeliversAllBytesInOrder() throws IOException {
        try (Socket client = connect(link)) {
            roundTrip(client, "warm-up");
            link.apply(new Loss(100));

            long start = System.nanoTime();
            assertThat(roundTrip(client, "first")).isEqualTo("first");
            assertThat(roundTrip(client, "second")).isEqualTo("second");

            assertThat(millisSince(start)).as("200 ms each way, then 400 ms each way").isGreaterThanOrEqualTo(1_200);
        }
    }

    @Test
    void delaysSomeRoundTripsButNotAllUnderPartialLoss() throws IOException {
        int delayed = 0;
        try (Socket client = connect(link)) {
            roundTrip(client, "warm-up");
            link.apply(new Loss(10));
            for (int round = 0; round < 30; round++) {
                long start = System.nanoTime();
                assertThat(roundTrip(client, "round " + round)).isEqualTo("round " + round);
                if (millisSince(start) >= 200) {
                    delayed++;
                }
            }
        }
        assertThat(delayed).isBetween(1, 29);
    }

    @Test
    void retriesLostConnectionAttemptsUntilOneGetsThrough() throws IOException {
        link.apply(new Loss(100));
        long start = System.nanoTime();
        try (Socket client = connect(link)) {
            client.getOutputStream().write("hello".getBytes(StandardCharsets.UTF_8));
            client.setSoTimeout(1_500);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(echo.accepted()).isZero();

            link.heal(Kind.LOSS);
            client.setSoTimeout(10_000);

            assertThat(readExactly(client.getInputStream(), 5)).asString().isEqualTo("hello");
            assertThat(echo.accepted()).isEqualTo(1);
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(1_500);
        }
    }
}
