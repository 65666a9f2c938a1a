package io.reelstorm.common.views;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import java.util.Collection;
import java.util.Map;

/**
 * The reader services get: {@link HonestReads} while the {@code honest-reads} fix is on,
 * {@link MissingMeansZero} while it is off, chosen on every call so that the fix flips at runtime.
 */
public class ViewCountStrategySwitch implements ViewCountReader {

    private final FixSwitches switches;
    private final ViewCountReader naive;
    private final ViewCountReader honest;

    public ViewCountStrategySwitch(FixSwitches switches, ViewCountReader naive, ViewCountReader honest) {
        this.switches = switches;
        this.naive = naive;
        this.honest = honest;
    }

    @Override
    public Map<String, ViewCount> read(Collection<String> videoIds) {
        return (switches.isOn(Fix.HONEST_READS) ? honest : naive).read(videoIds);
    }
}
