package io.reelstorm.upload.replication;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How catalogue replication stands, for {@code /internal/replication}, the metrics and the log (one
 * line per change of state, none per round).
 */
public class CatalogReplicationStatus {

    private static final Logger log = LoggerFactory.getLogger(CatalogReplicationStatus.class);

    /** Where the follower stands. */
    public enum State {
        STARTING, SNAPSHOT, FOLLOWING, PEER_UNREACHABLE, LOCAL_UNAVAILABLE, FAILING;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final String peer;
    private final Clock clock;
    private final AtomicLong created = new AtomicLong();
    private final AtomicLong deleted = new AtomicLong();
    private final AtomicLong snapshots = new AtomicLong();
    private volatile State state = State.STARTING;
    private volatile String offset;
    private volatile Instant caughtUpAt;
    private volatile String lastError;

    CatalogReplicationStatus(String peer, Clock clock) {
        this.peer = peer;
        this.clock = clock;
        this.caughtUpAt = clock.instant();
    }

    void moveTo(State next, String error) {
        State previous = state;
        state = next;
        lastError = error;
        if (previous != next) {
            if (error == null) {
                log.info("event=replication-state stream=catalog peer={} state={} was={}", peer, next.id(), previous.id());
            } else {
                log.warn("event=replication-state stream=catalog peer={} state={} was={} error=\"{}\"", peer, next.id(), previous.id(), error);
            }
        }
    }

    void at(String newOffset) {
        offset = newOffset;
    }

    /** Nothing of the peer's stream is left to apply, as of now. */
    void caughtUp() {
        caughtUpAt = clock.instant();
    }

    void applied(CatalogApplier.Change change) {
        (CatalogEvent.DELETED.equals(change.type()) ? deleted : created).incrementAndGet();
    }

    void snapshotTaken() {
        snapshots.incrementAndGet();
    }

    /** How many of the peer's events of {@code type} changed this data center's catalogue. */
    public long applied(String type) {
        return (CatalogEvent.DELETED.equals(type) ? deleted : created).get();
    }

    public long snapshotCount() {
        return snapshots.get();
    }

    /**
     * How far behind the peer this data center's catalogue may be: the time since the follower last
     * saw nothing left to apply (about the poll time while it follows; growing while the peer cannot
     * be reached or a backlog is being applied).
     */
    public Duration lag() {
        return Duration.between(caughtUpAt, clock.instant());
    }

    public View view() {
        return new View(true, peer, state.id(), offset, lag().toMillis() / 1000.0, caughtUpAt, created.get(), deleted.get(),
                snapshots.get(), lastError);
    }

    /**
     * @param enabled        whether this instance follows the peer's catalogue
     * @param peer           the peer data center
     * @param state          {@code starting}, {@code snapshot}, {@code following}, {@code peer-unreachable},
     *                       {@code local-unavailable}, {@code failing}
     * @param offset         the last entry of the peer's stream applied here
     * @param lagSeconds     see {@link #lag()}
     * @param caughtUpAt     when nothing was last left to apply
     * @param createdApplied videos created here from the peer's events
     * @param deletedApplied videos deleted here from the peer's events
     * @param snapshots      snapshot catch-ups taken
     * @param lastError      why the current state is not {@code following}, if it is an error
     */
    public record View(boolean enabled, String peer, String state, String offset, double lagSeconds, Instant caughtUpAt,
                       long createdApplied, long deletedApplied, long snapshots, String lastError) {
    }
}
