package io.reelstorm.infra.link;

import static io.reelstorm.infra.link.Clients.connect;
import static io.reelstorm.infra.link.Clients.randomBytes;
import static io.reelstorm.infra.link.Clients.readExactly;
import static io.reelstorm.infra.link.Clients.roundTrip;
import static io.reelstorm.infra.link.Clients.sendInBackground;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.reelstorm.infra.link.LinkFault.Kind;
import io.reelstorm.infra.link.LinkFault.Partition;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartitionFaultTest {

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
    void anOpenConnectionGoesSilentAndCatchesUpWhenHealed() throws IOException {
        try (Socket client = connect(link)) {
            roundTrip(client, "before");
            link.apply(new Partition());

            client.getOutputStream().write("held".getBytes(StandardCharsets.UTF_8));
            client.setSoTimeout(500);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(link.stats().heldBytes()).isEqualTo(4);

            link.heal(Kind.PARTITION);
            client.setSoTimeout(10_000);

            assertThat(readExactly(client.getInputStream(), 4)).asString().isEqualTo("held");
            assertThat(roundTrip(client, "after")).isEqualTo("after");
        }
    }

    @Test
    void newConnectionsAreAcceptedButNotConnectedOnwardUntilHealed() throws IOException {
        link.apply(new Partition());
        try (Socket client = connect(link)) {
            client.getOutputStream().write("hi".getBytes(StandardCharsets.UTF_8));
            client.setSoTimeout(500);
            assertThatThrownBy(() -> client.getInputStream().read()).isInstanceOf(SocketTimeoutException.class);
            assertThat(echo.accepted()).isZero();

            link.healAll();
            client.setSoTimeout(10_000);

            assertThat(readExactly(client.getInputStream(), 2)).asString().isEqualTo("hi");
            assertThat(echo.accepted()).isEqualTo(1);
        }
    }

    @Test
    void aConnectionItsClientAbandonedDuringThePartitionNeverReachesTheTarget() throws IOException {
        link.apply(new Partition());
        try (Socket client = connect(link)) {
            client.getOutputStream().write("POST /views".getBytes(StandardCharsets.UTF_8));
        }
        await().until(() -> link.stats().totalConnections() == 1 && link.stats().openConnections() == 0);

        link.heal(Kind.PARTITION);

        try (Socket later = connect(link)) {
            assertThat(roundTrip(later, "after")).isEqualTo("after");
        }
        assertThat(echo.accepted()).as("only the connection opened after the heal").isEqualTo(1);
    }

    @Test
    void stopsReadingOnceAMegabyteIsHeldAndDeliversEverythingWhenHealed() throws Exception {
        byte[] sent = randomBytes(32 * 1024 * 1024, 11);
        try (Socket client = connect(link)) {
            roundTrip(client, "before");
            link.apply(new Partition());

            Thread sender = sendInBackground(client, sent);
            await().until(() -> link.stats().heldBytes() >= Pipe.HOLD_LIMIT);
            Thread.sleep(300);
            assertThat(link.stats().heldBytes()).isLessThanOrEqualTo(Pipe.HOLD_LIMIT + 64 * 1024);
            assertThat(sender.isAlive()).as("the sender is blocked by backpressure").isTrue();

            link.heal(Kind.PARTITION);

            assertThat(readExactly(client.getInputStream(), sent.length)).isEqualTo(sent);
            assertThat(sender.join(Duration.ofSeconds(10))).isTrue();
        }
    }
}
