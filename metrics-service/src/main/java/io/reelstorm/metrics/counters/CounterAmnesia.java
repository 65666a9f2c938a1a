package io.reelstorm.metrics.counters;

import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Whether this process has seen its counter store come back empty (its incarnation gone), and when it
 * noticed last. Views counted before that moment may be lost; a video created afterwards cannot have
 * lost any. Without active-active data nothing brings them back, so an honest read of such a video
 * stays stale.
 */
@Component
public class CounterAmnesia {

    private final AtomicReference<Instant> noticedAt = new AtomicReference<>();

    public void noticed(Instant at) {
        noticedAt.accumulateAndGet(at, (before, now) -> before == null || now.isAfter(before) ? now : before);
    }

    /** When the latest amnesia was noticed, if ever. */
    public Optional<Instant> noticedAt() {
        return Optional.ofNullable(noticedAt.get());
    }
}
