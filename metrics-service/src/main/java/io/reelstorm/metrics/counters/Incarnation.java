package io.reelstorm.metrics.counters;

import io.lettuce.core.RedisException;
import io.lettuce.core.SetArgs;
import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.redis.RedisStore;
import java.time.Clock;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The incarnation of this data center's counters, a ULID kept in the counter Redis under
 * {@code counters:incarnation:{dc}}: adopted at start, or created when the store holds none. When the
 * store loses it (it restarted empty), the next view claims a new one, so its slot is new too.
 * Claiming is lazy: a service whose store is down, or a read-only replica, starts anyway.
 */
@Component
public class Incarnation {

    private static final Logger log = LoggerFactory.getLogger(Incarnation.class);

    private final RedisStore counters;
    private final String dataCenter;
    private final String key;
    private final CounterAmnesia amnesia;
    private final Catalog catalog;
    private final Clock clock;
    private final Ulid ulid;
    /** A lock rather than synchronized: claiming waits on Redis, which must not pin a virtual thread's carrier (Java 21). */
    private final ReentrantLock lock = new ReentrantLock();
    private volatile String current;
    private boolean claimedBefore;

    public Incarnation(@Qualifier("redisCountersStore") RedisStore counters, DataCenter dataCenter, CounterAmnesia amnesia,
                       Catalog catalog, Clock clock) {
        this.counters = counters;
        this.dataCenter = dataCenter.name();
        this.key = CounterKeys.incarnation(dataCenter.name());
        this.amnesia = amnesia;
        this.catalog = catalog;
        this.clock = clock;
        this.ulid = new Ulid(clock);
    }

    /** The incarnation to write under, claimed from the store when not known yet. */
    public String current() {
        String known = current;
        return known != null ? known : claim();
    }

    public String key() {
        return key;
    }

    public String slot(String incarnation) {
        return Slots.of(dataCenter, incarnation);
    }

    /** The store answered that {@code lost} is no longer its incarnation: claim the one to write under now. */
    public String replace(String lost) {
        lock.lock();
        try {
            String known = current;
            if (known != null && !known.equals(lost)) {
                return known;
            }
            forget(lost);
            return claim();
        } finally {
            lock.unlock();
        }
    }

    /** What a read found in the store: when it is not ours, the store has lost our incarnation. */
    public void observe(String stored) {
        String known = current;
        if (IncarnationClaim.lost(known, stored)) {
            lock.lock();
            try {
                if (known.equals(current)) {
                    forget(known);
                }
            } finally {
                lock.unlock();
            }
        }
    }

    @EventListener(ApplicationReadyEvent.class)
    void claimAtStart() {
        try {
            current();
        } catch (RedisException e) {
            log.warn("event=counter-incarnation-unclaimed dc={} error=\"{}\"", dataCenter, e.getMessage());
        }
    }

    private void forget(String lost) {
        current = null;
        amnesia.noticed(clock.instant());
        log.warn("event=counter-store-amnesia dc={} lostIncarnation={}", dataCenter, lost);
    }

    private String claim() {
        lock.lock();
        try {
            return claimLocked();
        } finally {
            lock.unlock();
        }
    }

    private String claimLocked() {
        if (current != null) {
            return current;
        }
        String candidate = ulid.next();
        IncarnationClaim claim = IncarnationClaim.of(candidate, counters.sync().setGet(key, candidate, SetArgs.Builder.nx()));
        if (claim.created() && !claimedBefore && catalogueListsVideos()) {
            // Nobody saw the old incarnation go (this process started after it did), but the store is
            // new while videos exist: it came back empty.
            amnesia.noticed(clock.instant());
            log.warn("event=counter-store-amnesia dc={} reason=no-incarnation-while-videos-exist", dataCenter);
        }
        claimedBefore = true;
        current = claim.incarnation();
        log.info("event=counter-incarnation dc={} incarnation={} created={}", dataCenter, claim.incarnation(), claim.created());
        return claim.incarnation();
    }

    private boolean catalogueListsVideos() {
        try {
            return !catalog.recentIds(null, 1).isEmpty();
        } catch (RedisException e) {
            log.warn("event=catalogue-unreadable purpose=counter-amnesia-check error=\"{}\"", e.getMessage());
            return false;
        }
    }
}
