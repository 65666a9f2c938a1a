package io.reelstorm.common.fixes;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArraySet;

/** Which fixes are on in this process. Readers see a flip at once. */
public class FixSwitches {

    private final Set<Fix> enabled = new CopyOnWriteArraySet<>();

    public FixSwitches(Collection<Fix> initiallyEnabled) {
        enabled.addAll(initiallyEnabled);
    }

    public boolean isOn(Fix fix) {
        return enabled.contains(fix);
    }

    public void set(Fix fix, boolean on) {
        if (on) {
            enabled.add(fix);
        } else {
            enabled.remove(fix);
        }
    }

    public Set<Fix> enabled() {
        return enabled.isEmpty() ? EnumSet.noneOf(Fix.class) : EnumSet.copyOf(enabled);
    }
}
