package io.reelstorm.infra.stack;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The duration grammar of the launcher: a whole number followed by {@code ms}, {@code s}, {@code m} or {@code h}. */
public final class Durations {

    private static final Pattern FORMAT = Pattern.compile("(\\d{1,9})(ms|s|m|h)");

    private Durations() {
    }

    public static Duration parse(String text) {
        Matcher matcher = FORMAT.matcher(text == null ? "" : text.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write e.g. 500ms, 30s, 2m or 1h");
        }
        long amount = Long.parseLong(matcher.group(1));
        return switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}
