package io.reelstorm.metrics.stats;

import io.lettuce.core.RedisException;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.views.StalenessProperties;
import io.reelstorm.metrics.counters.CounterAmnesia;
import io.reelstorm.metrics.counters.Incarnation;
import io.reelstorm.metrics.counters.LastKnownCounts;
import io.reelstorm.metrics.counters.ViewTally;
import io.reelstorm.metrics.replication.ActiveActiveData;
import io.reelstorm.metrics.stats.ViewCounts.StoredCounts;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The counts the stats and counts endpoints answer. Naive (honest-reads off): what the store holds,
 * missing is 0, never stale, and a store that does not answer is a 503. With honest-reads (read per
 * call): a count that may lack views acknowledged more than one staleness budget ago says
 * {@code stale: true} — the store does not answer (the higher of the peer's count, with active-active
 * data, and the last known one; or null), replication from
 * the peer is not caught up, or the store came back empty — and never shows less than a count this
 * process has seen.
 */
@Component
public class CountReadings {

    private static final Logger log = LoggerFactory.getLogger(CountReadings.class);

    private final ViewCounts counts;
    private final LastKnownCounts lastKnown;
    private final Incarnation incarnation;
    private final CounterAmnesia amnesia;
    private final FixSwitches switches;
    private final ActiveActiveData activeActive;
    private final Staleness staleness;
    private final Clock clock;
    private final AtomicBoolean storeAway = new AtomicBoolean();

    public CountReadings(ViewCounts counts, LastKnownCounts lastKnown, Incarnation incarnation, CounterAmnesia amnesia,
                         FixSwitches switches, ActiveActiveData activeActive, StalenessProperties staleness, Clock clock) {
        this.counts = counts;
        this.lastKnown = lastKnown;
        this.incarnation = incarnation;
        this.amnesia = amnesia;
        this.switches = switches;
        this.activeActive = activeActive;
        this.staleness = new Staleness(staleness.stalenessBudget());
        this.clock = clock;
    }

    /** A reading for every id asked. */
    public Map<String, CountReading> read(Collection<String> videoIds) {
        return switches.isOn(Fix.HONEST_READS) ? honest(videoIds, clock.instant()) : naive(videoIds);
    }

    private Map<String, CountReading> naive(Collection<String> videoIds) {
        Map<String, ViewTally> stored = counts.read(videoIds, false).counts();
        lastKnown.rememberAll(stored);
        Map<String, CountReading> readings = new LinkedHashMap<>();
        stored.forEach((id, tally) -> readings.put(id, new CountReading(tally.views(), false)));
        return readings;
    }

    private static ViewTally highest(ViewTally a, ViewTally b) {
        return a == null ? b : a.atLeast(b);
    }

    private Map<String, CountReading> honest(Collection<String> videoIds, Instant readAt) {
        Map<String, CountReading> readings = new LinkedHashMap<>();
        StoredCounts stored;
        try {
            stored = counts.read(videoIds, true);
        } catch (RedisException e) {
            if (storeAway.compareAndSet(false, true)) {
                log.warn("event=counter-store-unreachable answer=last-known-stale error=\"{}\"", e.getMessage());
            }
            Map<String, ViewTally> peer = counts.fromPeer(videoIds);
            videoIds.forEach(id -> readings.put(id, staleness.fromMemory(highest(peer.get(id), lastKnown.get(id)))));
            return readings;
        }
        if (storeAway.compareAndSet(true, false)) {
            log.info("event=counter-store-reachable");
        }
        incarnation.observe(stored.incarnation());
        boolean replicationBehind = activeActive.enabled() && staleness.replicationBehind(stored.syncedAt(), readAt);
        // With active-active data the catch-up from the peer repairs an empty store, and replicationBehind covers it.
        Optional<Instant> amnesiaAt = activeActive.enabled() ? Optional.empty() : amnesia.noticedAt();
        stored.counts().forEach((id, tally) -> {
            boolean behind = replicationBehind || staleness.lostToAmnesia(amnesiaAt, id);
            CountReading reading = staleness.fromStore(tally, lastKnown.get(id), behind);
            lastKnown.remember(id, tally);
            readings.put(id, reading);
        });
        return readings;
    }
}
