package io.reelstorm.infra.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.infra.link.LinkFault.Bandwidth;
import io.reelstorm.infra.link.LinkFault.Kind;
import io.reelstorm.infra.link.LinkFault.Latency;
import io.reelstorm.infra.link.LinkFault.Loss;
import io.reelstorm.infra.link.LinkFault.Partition;
import io.reelstorm.infra.link.LinkFault.Reset;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class LinkFaultTest {

    private final Link link = new Link("east-west", new InetSocketAddress("127.0.0.1", 6381), 1);

    @Test
    void refusesFaultsThatCannotHappenNamingWhatIsWrong() {
        assertThatThrownBy(() -> new Latency(Duration.ofMillis(-1))).hasMessageContaining("latency");
        assertThatThrownBy(() -> new Latency(Duration.ofMillis(10), Duration.ofMillis(-5))).hasMessageContaining("jitter");
        assertThatThrownBy(() -> new Latency(Duration.ofDays(2))).hasMessageContaining("PT1H");
        assertThatThrownBy(() -> new Latency(null, Duration.ZERO)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new Loss(-1)).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new Loss(101)).hasMessageContaining("between 0 and 100");
        assertThatThrownBy(() -> new Bandwidth(0)).hasMessageContaining("positive");
        assertThatThrownBy(() -> new Bandwidth(-8)).hasMessageContaining("positive");
    }

    @Test
    void replacesAnActiveFaultOfTheSameKindAndKeepsTheOthers() {
        link.apply(new Latency(Duration.ofMillis(100)));
        link.apply(new Reset());
        link.apply(new Latency(Duration.ofMillis(200), Duration.ofMillis(20)));

        assertThat(link.faults()).containsExactlyInAnyOrder(new Latency(Duration.ofMillis(200), Duration.ofMillis(20)), new Reset());
    }

    @Test
    void healsOneKindOrAll() {
        link.apply(new Loss(5));
        link.apply(new Partition());
        link.apply(new Bandwidth(512));

        link.heal(Kind.PARTITION);
        assertThat(link.faults()).containsExactlyInAnyOrder(new Loss(5), new Bandwidth(512));
        link.heal(Kind.PARTITION);
        assertThat(link.faults()).hasSize(2);

        link.healAll();
        assertThat(link.faults()).isEmpty();
    }

    @Test
    void keepsTheBandwidthBudgetWhenAnotherKindChanges() {
        link.apply(new Bandwidth(512));
        TokenBucket before = link.activeFaults().bucket(Direction.TO_TARGET);

        link.apply(new Latency(Duration.ofMillis(10)));
        assertThat(link.activeFaults().bucket(Direction.TO_TARGET)).isSameAs(before);

        link.apply(new Bandwidth(1024));
        assertThat(link.activeFaults().bucket(Direction.TO_TARGET)).isNotSameAs(before);
        assertThat(link.activeFaults().bucket(Direction.TO_CLIENT)).isNotSameAs(link.activeFaults().bucket(Direction.TO_TARGET));
    }
}
