package io.reelstorm.common.fixes;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The named fixes of the design brief. Naive mode has none on; resilient mode has all of them.
 * Some can be flipped while the stack runs, others change how processes start.
 */
public enum Fix {
    DC_FAILOVER(true),
    ACTIVE_ACTIVE_DATA(false),
    DURABLE_STORES(false),
    HONEST_READS(true),
    UPLOAD_FAILOVER(false),
    SAFE_RETRIES(true),
    CIRCUIT_BREAKERS(true),
    LOAD_SHEDDING(true);

    private final boolean switchableAtRuntime;

    Fix(boolean switchableAtRuntime) {
        this.switchableAtRuntime = switchableAtRuntime;
    }

    /** False when flipping it means restarting the stack. */
    public boolean switchableAtRuntime() {
        return switchableAtRuntime;
    }

    /** The name users type, e.g. {@code honest-reads}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Fix> fromId(String id) {
        return Arrays.stream(values()).filter(fix -> fix.id().equals(id)).findFirst();
    }
}
