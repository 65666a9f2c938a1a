package io.reelstorm.infra.stack;

import io.reelstorm.common.fixes.Fix;
import java.util.EnumSet;
import java.util.Set;

/** The fixes on in a running stack: those it started with, as switched since through the admin API. Thread-safe. */
public final class FixesInForce {

    private final EnumSet<Fix> fixes = EnumSet.noneOf(Fix.class);

    public FixesInForce(Set<Fix> atStart) {
        fixes.addAll(atStart);
    }

    public synchronized Set<Fix> now() {
        return EnumSet.copyOf(fixes.isEmpty() ? EnumSet.noneOf(Fix.class) : fixes);
    }

    public synchronized void record(Fix fix, boolean enabled) {
        if (enabled) {
            fixes.add(fix);
        } else {
            fixes.remove(fix);
        }
    }
}
