package io.reelstorm.common.admin;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The admin API refused a call (its problem details are kept) or could not be reached (status 0). */
public class AdminException extends RuntimeException {

    private final int status;
    private final Map<String, Object> problem;

    public AdminException(int status, Map<String, Object> problem) {
        super(String.valueOf(problem.getOrDefault("detail", problem.getOrDefault("title", "admin API error " + status))));
        this.status = status;
        this.problem = Collections.unmodifiableMap(new LinkedHashMap<>(problem));
    }

    public int status() {
        return status;
    }

    /** The RFC 9457 body, e.g. with {@code field} naming what was wrong. */
    public Map<String, Object> problem() {
        return problem;
    }
}
