package io.reelstorm.infra.experiment.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The calls of the workload, as its requests are named. */
public enum Route {
    FEED,
    VIDEO,
    PLAY,
    VIEW,
    UPLOAD,
    DASHBOARD,
    STATS;

    /** The name scenario files and events.csv use, e.g. {@code dashboard}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Route> fromId(String id) {
        return Arrays.stream(values()).filter(route -> route.id().equals(id)).findFirst();
    }
}
