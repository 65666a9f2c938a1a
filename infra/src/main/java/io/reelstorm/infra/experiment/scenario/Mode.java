package io.reelstorm.infra.experiment.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The two runs of an experiment: the stack as first built, then with every fix on. */
public enum Mode {
    NAIVE,
    RESILIENT;

    /** The name scenario files use, e.g. {@code naive}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Mode> fromId(String id) {
        return Arrays.stream(values()).filter(mode -> mode.id().equals(id)).findFirst();
    }
}
