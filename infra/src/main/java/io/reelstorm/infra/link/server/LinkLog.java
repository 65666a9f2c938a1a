package io.reelstorm.infra.link.server;

import java.time.Instant;

/** A link container's log: one {@code time event=… key=value} line per start, fault change and stop. */
public final class LinkLog {

    private LinkLog() {
    }

    public static void event(String format, Object... args) {
        System.out.println(Instant.now() + " " + String.format(format, args));
    }
}
