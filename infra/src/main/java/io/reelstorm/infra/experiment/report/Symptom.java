package io.reelstorm.infra.experiment.report;

import java.util.Locale;

/** The symptoms of {@code events.csv} in report order, each with how a sentence counts it. */
enum Symptom {
    UPLOAD_FAILED("upload-failed", "failed upload", "failed uploads"),
    ZERO_VIEWS("zero-views", "zero-view reading", "zero-view readings"),
    DISHONEST_READ("dishonest-read", "dishonest read", "dishonest reads"),
    VIDEO_UNPLAYABLE("video-unplayable", "unplayable video", "unplayable videos"),
    TIMEOUT("timeout", "timeout", "timeouts"),
    SERVER_ERROR("server-error", "server error", "server errors"),
    /** Load refused on purpose (429/503 with Retry-After): counted apart, never a failure. */
    SHED("shed", "call shed", "calls shed");

    private final String id;
    private final String one;
    private final String many;

    Symptom(String id, String one, String many) {
        this.id = id;
        this.one = one;
        this.many = many;
    }

    String id() {
        return id;
    }

    boolean isFailure() {
        return this != SHED;
    }

    /** "1 timeout", "1,203 zero-view readings". */
    String count(long n) {
        return String.format(Locale.ENGLISH, "%,d %s", n, n == 1 ? one : many);
    }
}
