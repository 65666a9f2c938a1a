package io.reelstorm.metrics.replication;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.metrics.counters.CounterKeys;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CountedInPeerTest {

    @Test
    void aMarkHoldingAPeerSlotSaysThePeerCountedTheView() {
        String key = CounterKeys.viewSeen("01VIDEO", "client:retry:7");

        assertThat(CountedInPeer.fromMark(key, "west.01INCARNATION", "west"))
                .contains(new CountedInPeer("01VIDEO", "client:retry:7", "west.01INCARNATION"));
    }

    @Test
    void marksOfViewsThePeerLearnedOrGaveBackOrThatThisDataCenterCountedSettleNothing() {
        String key = CounterKeys.viewSeen("01VIDEO", "v1");

        assertThat(CountedInPeer.fromMark(key, "peer", "west")).isEmpty();
        assertThat(CountedInPeer.fromMark(key, "yielded", "west")).isEmpty();
        assertThat(CountedInPeer.fromMark(key, "east.01INCARNATION", "west")).isEmpty();
        assertThat(CountedInPeer.fromMark(key, "western.01INCARNATION", "west")).as("another data center's name that starts alike").isEmpty();
    }

    @Test
    void aPageOfMarksKeepsOnlyWhatThePeerCounted() {
        Map<String, String> page = new LinkedHashMap<>();
        page.put(CounterKeys.viewSeen("A", "1"), "west.X");
        page.put(CounterKeys.viewSeen("A", "2"), "peer");
        page.put(CounterKeys.viewSeen("B", "3"), "west.Y");

        assertThat(SnapshotCatchUp.countedInPeer(page, "west"))
                .containsExactly(new CountedInPeer("A", "1", "west.X"), new CountedInPeer("B", "3", "west.Y"));
    }
}
