package io.reelstorm.common.web;

import java.util.UUID;
import java.util.regex.Pattern;

/** The {@code X-Request-Id} that follows a request from the gateway through every service and log line. */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Pattern ACCEPTABLE = Pattern.compile("[A-Za-z0-9._:-]{1,64}");

    private RequestIds() {
    }

    /** Keeps a well-formed id sent by the caller; replaces a missing or odd one (it ends up in logs). */
    public static String acceptOrCreate(String candidate) {
        if (candidate != null && ACCEPTABLE.matcher(candidate).matches()) {
            return candidate;
        }
        return UUID.randomUUID().toString();
    }
}
