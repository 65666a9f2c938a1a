package io.reelstorm.load.experiment;

/** A kind of call the app makes; Gatling reports each under this name. */
enum Route {
    FEED("feed"),
    VIDEO("video"),
    PLAY("play"),
    VIEW("view"),
    UPLOAD("upload"),
    DASHBOARD("dashboard"),
    STATS("stats");

    private final String id;

    Route(String id) {
        this.id = id;
    }

    String id() {
        return id;
    }

    /** Reads whose answers carry view counts, judged against what the app knows was acknowledged. */
    boolean showsViews() {
        return this == FEED || this == VIDEO || this == DASHBOARD || this == STATS;
    }
}
