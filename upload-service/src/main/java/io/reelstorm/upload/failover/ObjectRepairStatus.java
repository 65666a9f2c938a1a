package io.reelstorm.upload.failover;

import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the repair of owed copies stands, for {@code /internal/replication} and the metrics. */
public class ObjectRepairStatus {

    private static final Logger log = LoggerFactory.getLogger(ObjectRepairStatus.class);

    private final AtomicLong copied = new AtomicLong();
    private final AtomicLong lost = new AtomicLong();
    private volatile long pending;
    private volatile String state = "starting";
    private volatile String lastError;

    void moveTo(String next, String error) {
        String previous = state;
        state = next;
        lastError = error;
        if (!previous.equals(next)) {
            if (error == null) {
                log.info("event=object-repair-state state={} was={}", next, previous);
            } else {
                log.warn("event=object-repair-state state={} was={} error=\"{}\"", next, previous, error);
            }
        }
    }

    void pending(long count) {
        pending = count;
    }

    void copied() {
        copied.incrementAndGet();
    }

    void lost() {
        lost.incrementAndGet();
    }

    public long pending() {
        return pending;
    }

    public long copiedCount() {
        return copied.get();
    }

    public View view() {
        return new View(true, state, pending, copied.get(), lost.get(), lastError);
    }

    /**
     * @param enabled       whether this instance repairs owed copies
     * @param state         {@code starting}, {@code idle}, {@code store-unavailable}
     * @param pendingCopies videos whose bytes a data center's store still lacks
     * @param copied        copies made since the start
     * @param lost          videos whose bytes no store had
     * @param lastError     why the state is {@code store-unavailable}
     */
    public record View(boolean enabled, String state, long pendingCopies, long copied, long lost, String lastError) {
    }
}
