package io.reelstorm.common.control;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Guards the control surface ({@code /internal/fixes}, {@code /internal/faults}, {@code /internal/routing}):
 * when {@code reelstorm.control.token} is set (the launcher passes its admin token in the
 * {@code REELSTORM_CONTROL_TOKEN} environment variable), changing anything there needs
 * {@code Authorization: Bearer <token>}. Reading stays open; the service-to-service calls under
 * {@code /internal/views} and {@code /internal/trending} are not control and stay open. A link
 * container guards its own control paths ({@code /links}) by the same rule.
 */
public final class ControlToken {

    private static final String[] CONTROL_PATHS = {"/internal/fixes", "/internal/faults", "/internal/routing"};
    private static final String BEARER = "Bearer ";

    private final byte[] token;
    private final String[] controlPaths;

    /** Guards the services' control surface. */
    public ControlToken(String token) {
        this(token, CONTROL_PATHS);
    }

    /** Guards the given paths and everything under them instead. */
    public ControlToken(String token, String... controlPaths) {
        this.token = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
        this.controlPaths = controlPaths.clone();
    }

    /** Whether a request must present the token: a change to the control surface while a token is set. */
    public boolean guards(String method, String path) {
        if (token == null || "GET".equals(method) || "HEAD".equals(method)) {
            return false;
        }
        for (String control : controlPaths) {
            if (path.equals(control) || path.startsWith(control + "/")) {
                return true;
            }
        }
        return false;
    }

    public boolean accepts(String authorizationHeader) {
        if (authorizationHeader == null || !authorizationHeader.startsWith(BEARER)) {
            return false;
        }
        byte[] presented = authorizationHeader.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(token, presented);
    }
}
