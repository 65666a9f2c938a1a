package io.reelstorm.infra.link;

import static io.reelstorm.infra.link.Clients.connect;
import static io.reelstorm.infra.link.Clients.millisSince;
import static io.reelstorm.infra.link.Clients.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.reelstorm.infra.link.LinkFault.Kind;
import io.reelstorm.infra.link.LinkFault.Latency;
import io.reelstorm.infra.link.LinkFault.Reset;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ResetFaultTest {

    private EchoServer echo;
    private LinkProxies proxies;
    private Link link;

    @BeforeEach
    void openLink() throws IOException {
        echo = new EchoServer();
        proxies = new LinkProxies();
        link = proxies.open("east/upload-service->objects", echo.address());
    }

    @AfterEach
    void closeAll() throws IOException {
        proxies.close();
        echo.close();
    }

    @Test
    void resetsOpenAndNewConnectionsUntilHealed() throws IOException {
        try (Socket open = connect(link)) {
            roundTrip(open, "before");

            link.apply(new Reset());

            assertThatThrownBy(() -> open.getInputStream().read())
                    .isInstanceOf(SocketException.class)
                    .hasMessageContaining("reset");
        }
        try (Socket fresh = connect(link)) {
            assertThatThrownBy(() -> fresh.getInputStream().read())
                    .isInstanceOf(SocketException.class)
                    .hasMessageContaining("reset");
        }
        await().until(() -> link.stats().resets() == 2);

        link.heal(Kind.RESET);

        try (Socket afterHeal = connect(link)) {
            assertThat(roundTrip(afterHeal, "after")).isEqualTo("after");
        }
    }

    @Test
    void combinesWithLatencyAndHealsOneKindAtATime() throws IOException {
        link.apply(new Latency(Duration.ofMillis(100)));
        link.apply(new Reset());
        assertThat(link.faults()).containsExactlyInAnyOrder(new Latency(Duration.ofMillis(100)), new Reset());
        try (Socket browned = connect(link)) {
            assertThatThrownBy(() -> browned.getInputStream().read()).isInstanceOf(SocketException.class);
        }

        link.heal(Kind.RESET);

        try (Socket slow = connect(link)) {
            long start = System.nanoTime();
            assertThat(roundTrip(slow, "slow but alive")).isEqualTo("slow but alive");
            assertThat(millisSince(start)).isGreaterThanOrEqualTo(200);
        }
    }
}
