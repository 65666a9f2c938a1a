package io.reelstorm.common.web;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;

/** The {@code limit} query parameter of the lists services answer (feed pages, trending). */
public final class Limits {

    public static final String FIELD = "limit";

    private Limits() {
    }

    /**
     * The limit a client asked for: absent or empty means {@code defaultLimit}; anything but a whole
     * number from 1 to {@code max} is a 400 problem naming the field.
     */
    public static int parse(String value, int defaultLimit, int max) {
        if (value == null || value.isEmpty()) {
            return defaultLimit;
        }
        if (value.length() <= 4 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            int limit = Integer.parseInt(value);
            if (limit >= 1 && limit <= max) {
                return limit;
            }
        }
        throw new ApiProblem(ProblemType.INVALID_LIMIT, "limit must be a whole number from 1 to " + max + ".")
                .with("field", FIELD);
    }
}
