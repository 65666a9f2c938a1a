package io.reelstorm.metrics.replication;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.ScanCursor;
import io.reelstorm.metrics.counters.CounterKeys;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Copies every counter of the peer into the local store, slot by slot, each taking the higher value:
 * the peer's own slots and the slots it holds of this data center (which this store may have lost).
 * Pages of keys are fetched with SCAN and pipelined HGETALLs and merged one script per page.
 */
final class SnapshotCatchUp {

    private static final int PREFIX = CounterKeys.views("").length();

    private SnapshotCatchUp() {
    }

    /**
     * @return the counters copied, or -1 when the local store lost the catch-up mark meanwhile
     */
    static long copy(PeerCounters peer, CounterMerge merge, String token) {
        long copied = 0;
        ScanCursor cursor = ScanCursor.INITIAL;
        KeyScanCursor<String> page;
        do {
            page = peer.scanCounters(cursor);
            Map<String, Map<String, String>> counters = peer.counters(page.getKeys());
            List<SlotValue> values = slotValues(counters);
            if (!values.isEmpty() && !merge.mergeSnapshot(token, values)) {
                return -1;
            }
            copied += counters.size();
            cursor = page;
        } while (!page.isFinished());
        return copied;
    }

    static List<SlotValue> slotValues(Map<String, Map<String, String>> counters) {
        List<SlotValue> values = new ArrayList<>();
        counters.forEach((key, slots) -> slots.forEach((slot, value) ->
                values.add(SlotValue.withoutViewId(key.substring(PREFIX), slot, Long.parseLong(value)))));
        return values;
    }
}
