package io.reelstorm.metrics.replication;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerStreamTest {

    @Test
    void xinfoStreamRepliesAreReadByName() {
        List<Object> reply = List.of(
                "length", 100L, "radix-tree-keys", 1L, "radix-tree-nodes", 2L,
                "last-generated-id", "1795296823070-29", "max-deleted-entry-id", "0-0",
                "entries-added", 300L, "recorded-first-entry-id", "1795296823067-17", "groups", 0L,
                "first-entry", List.of("1795296823067-17", List.of("id", "x", "slot", "y", "value", "201")),
                "last-entry", List.of("1795296823070-29", List.of("id", "x", "slot", "y", "value", "300")));

        PeerStream stream = PeerStream.fromXinfo(reply);

        assertThat(stream).isEqualTo(new PeerStream(100, "1795296823070-29", 300, "1795296823067-17"));
        assertThat(stream.trimmed()).isEqualTo(200);
    }

    @Test
    void anEmptyStreamHasNoFirstEntry() {
        List<Object> reply = new ArrayList<>(List.of("length", 0L, "last-generated-id", "5-0", "entries-added", 1L));
        reply.add("first-entry");
        reply.add(null);

        assertThat(PeerStream.fromXinfo(reply)).isEqualTo(new PeerStream(0, "5-0", 1, null));
    }
}
