package io.reelstorm.metrics.replication;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanCursor;
import io.reelstorm.metrics.counters.CounterKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Copies every counter of the peer into the local store, slot by slot, each taking the higher value:
 * the peer's own slots and the slots it holds of this data center (which this store may have lost).
 * Then settles every {@code View-Id} the peer's marks say it counted, as the stream entries the catch-up
 * skips would have: a view counted in both data centers during a partition is still counted once.
 * Pages of keys are fetched with SCAN and pipelined reads and merged one script per page.
 */
final class SnapshotCatchUp {

    private static final int PREFIX = CounterKeys.views("").length();

    private SnapshotCatchUp() {
    }

    /**
     * @return the counters copied, or -1 when the local store lost the catch-up mark meanwhile
     */
    static long copy(PeerCounters peer, CounterMerge merge, String token, String peerName) {
        long copied = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        KeyScanCursor<String> page;
        do {
            page = peer.scan(cursor, CounterKeys.allViews());
            Map<String, Map<String, String>> counters = peer.counters(page.getKeys());
            List<SlotValue> values = slotValues(counters);
            if (!values.isEmpty() && !merge.mergeSnapshot(token, values)) {
                return -1;
            }
            copied += counters.size();
            cursor = page;
        } while (!page.isFinished());
        return settleMarks(peer, merge, token, peerName) ? copied : -1;
    }

    private static boolean settleMarks(PeerCounters peer, CounterMerge merge, String token, String peerName) {
        ScanCursor cursor = ScanCursor.INITIAL;
        KeyScanCursor<String> page;
        do {
            page = peer.scan(cursor, CounterKeys.allViewSeen());
            List<CountedInPeer> marks = countedInPeer(peer.values(page.getKeys()), peerName);
            if (!marks.isEmpty() && !merge.settleSnapshot(token, marks)) {
                return false;
            }
            cursor = page;
        } while (!page.isFinished());
        return true;
    }

    static List<SlotValue> slotValues(Map<String, Map<String, String>> counters) {
        List<SlotValue> values = new ArrayList<>();
        counters.forEach((key, slots) -> slots.forEach((slot, value) ->
                values.add(SlotValue.withoutViewId(key.substring(PREFIX), slot, Long.parseLong(value)))));
        return values;
    }

    static List<CountedInPeer> countedInPeer(Map<String, String> marks, String peerName) {
        return marks.entrySet().stream()
                .map(mark -> CountedInPeer.fromMark(mark.getKey(), mark.getValue(), peerName))
                .flatMap(Optional::stream)
                .toList();
    }
}
