package io.reelstorm.load.experiment;

/**
 * What one try of a call got back.
 *
 * @param status     the HTTP status, 0 when nothing came back
 * @param timedOut   nothing came back within the app's timeout
 * @param retryAfter the answer's {@code Retry-After}, or null
 * @param instance   the instance that answered ({@code X-Upstream-Instance}), or null
 * @param body       the answer's text for JSON routes, or null
 * @param sentAt     epoch millis when it was sent
 */
record Attempt(int status, boolean timedOut, String retryAfter, String instance, String body, long sentAt) {

    boolean answered() {
        return status > 0;
    }

    /** The data center that answered, when the gateway said. */
    String dc() {
        return instance == null || !instance.contains("/") ? "" : instance.substring(0, instance.indexOf('/'));
    }
}
