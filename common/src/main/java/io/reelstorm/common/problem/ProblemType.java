package io.reelstorm.common.problem;

import java.net.URI;
import org.springframework.http.HttpStatus;

/**
 * Every kind of error ReelStorm answers, each with a stable {@code type} URI (RFC 9457) that clients
 * may rely on. The catalogue with explanations is {@code docs/problems.md}.
 */
public enum ProblemType {
    INVALID_REQUEST(HttpStatus.BAD_REQUEST, "Invalid request"),
    INVALID_VIDEO_ID(HttpStatus.BAD_REQUEST, "Invalid video id"),
    INVALID_CREATOR_ID(HttpStatus.BAD_REQUEST, "Invalid creator id"),
    INVALID_HEADER(HttpStatus.BAD_REQUEST, "Invalid header"),
    INVALID_TITLE(HttpStatus.BAD_REQUEST, "Invalid title"),
    MISSING_FILE(HttpStatus.BAD_REQUEST, "Missing file"),
    EMPTY_FILE(HttpStatus.BAD_REQUEST, "Empty file"),
    MALFORMED_MULTIPART(HttpStatus.BAD_REQUEST, "Malformed multipart body"),
    INVALID_LIMIT(HttpStatus.BAD_REQUEST, "Invalid limit"),
    INVALID_CURSOR(HttpStatus.BAD_REQUEST, "Invalid cursor"),
    INVALID_FAULT(HttpStatus.BAD_REQUEST, "Invalid fault"),
    UNAUTHORIZED(HttpStatus.UNAUTHORIZED, "Missing or wrong admin token"),
    NOT_OWNER(HttpStatus.FORBIDDEN, "Not the owner"),
    VIDEO_NOT_FOUND(HttpStatus.NOT_FOUND, "Video not found"),
    NOT_FOUND(HttpStatus.NOT_FOUND, "Not found"),
    METHOD_NOT_ALLOWED(HttpStatus.METHOD_NOT_ALLOWED, "Method not allowed"),
    NOT_ACCEPTABLE(HttpStatus.NOT_ACCEPTABLE, "Not acceptable"),
    PAYLOAD_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE, "Upload too large"),
    UNSUPPORTED_MEDIA_TYPE(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type"),
    RANGE_NOT_SATISFIABLE(HttpStatus.REQUESTED_RANGE_NOT_SATISFIABLE, "Range not satisfiable"),
    FAULT_NOT_FOUND(HttpStatus.NOT_FOUND, "No such fault"),
    LINK_GROUP_NOT_FOUND(HttpStatus.NOT_FOUND, "No such link group"),
    FIX_NEEDS_RESTART(HttpStatus.CONFLICT, "This fix needs a restart"),
    IDEMPOTENCY_KEY_REUSED(HttpStatus.UNPROCESSABLE_CONTENT, "Idempotency key reused with a different request"),
    TOO_MANY_REQUESTS(HttpStatus.TOO_MANY_REQUESTS, "Too many requests"),
    /** Deliberate load shedding: refused before any service was called, so retrying later is safe. */
    OVERLOADED(HttpStatus.SERVICE_UNAVAILABLE, "Overloaded"),
    HEADERS_TOO_LARGE(HttpStatus.REQUEST_HEADER_FIELDS_TOO_LARGE, "Request headers too large"),
    STORE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "A data store is unavailable"),
    UPSTREAM_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable"),
    UPSTREAM_TIMEOUT(HttpStatus.GATEWAY_TIMEOUT, "Service timed out"),
    INTERNAL(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error");

    private static final String BASE = "https://reelstorm.dev/problems/";

    private final HttpStatus status;
    private final String title;

    ProblemType(HttpStatus status, String title) {
        this.status = status;
        this.title = title;
    }

    public HttpStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String slug() {
        return name().toLowerCase().replace('_', '-');
    }

    public URI uri() {
        return URI.create(BASE + slug());
    }

    /** The generic type for a status that no specific type describes. */
    public static ProblemType forStatus(int status) {
        return switch (status) {
            case 400 -> INVALID_REQUEST;
            case 401 -> UNAUTHORIZED;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 416 -> RANGE_NOT_SATISFIABLE;
            case 429 -> TOO_MANY_REQUESTS;
            case 431 -> HEADERS_TOO_LARGE;
            case 503 -> UPSTREAM_UNAVAILABLE;
            case 504 -> UPSTREAM_TIMEOUT;
            default -> status >= 500 ? INTERNAL : INVALID_REQUEST;
        };
    }
}
