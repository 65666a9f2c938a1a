package io.reelstorm.load.experiment;

/** What a user saw go wrong, named as in the design brief; {@link #SHED} is counted apart, not as a failure. */
enum Symptom {
    ZERO_VIEWS("zero-views"),
    DISHONEST_READ("dishonest-read"),
    UPLOAD_FAILED("upload-failed"),
    VIDEO_UNPLAYABLE("video-unplayable"),
    TIMEOUT("timeout"),
    SERVER_ERROR("server-error"),
    SHED("shed"),
    /** A 4xx the app did not expect: not one of the brief's symptoms, still not a success. */
    REJECTED("rejected");

    private final String id;

    Symptom(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }
}
