package io.reelstorm.infra.experiment.scenario;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What a user of the app notices on one call; {@link #SHED} is counted apart, not as a failure. */
public enum Symptom {
    ZERO_VIEWS,
    DISHONEST_READ,
    UPLOAD_FAILED,
    VIDEO_UNPLAYABLE,
    TIMEOUT,
    SERVER_ERROR,
    SHED;

    /** The name scenario files and events.csv use, e.g. {@code zero-views}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<Symptom> fromId(String id) {
        return Arrays.stream(values()).filter(symptom -> symptom.id().equals(id)).findFirst();
    }
}
