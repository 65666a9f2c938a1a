package io.reelstorm.common.views;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import java.util.Collection;
import java.util.Map;

/**
 * Reads counts through the {@link ViewCountsGuard} while {@code circuit-breakers} is on, and straight
 * (with the long naive timeout) while it is off; decided on every call.
 */
public class CircuitBreakerSwitch implements ViewCountsSource {

    private final ViewCountsSource source;
    private final ViewCountsGuard guard;
    private final FixSwitches switches;

    public CircuitBreakerSwitch(ViewCountsSource source, ViewCountsGuard guard, FixSwitches switches) {
        this.source = source;
        this.guard = guard;
        this.switches = switches;
    }

    @Override
    public Map<String, ViewCount> counts(Collection<String> videoIds) {
        return switches.isOn(Fix.CIRCUIT_BREAKERS) ? guard.call(() -> source.counts(videoIds)) : source.counts(videoIds);
    }
}
