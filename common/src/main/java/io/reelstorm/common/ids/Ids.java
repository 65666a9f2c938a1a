package io.reelstorm.common.ids;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.util.Locale;
import java.util.regex.Pattern;

/** Validation of the identifiers clients send, at the edge of every service. */
public final class Ids {

    private static final Pattern CREATOR_ID = Pattern.compile("[a-z0-9_]{3,32}");

    private Ids() {
    }

    /** A well-formed video id in canonical (upper-case) form, or a 400 problem. */
    public static String videoId(String candidate) {
        if (!Ulid.isValid(candidate)) {
            throw new ApiProblem(ProblemType.INVALID_VIDEO_ID,
                    "A video id is a 26-character ULID (Crockford base32).").with("field", "id");
        }
        return candidate.toUpperCase(Locale.ROOT);
    }

    /** A well-formed creator id ({@code [a-z0-9_]{3,32}}), or a 400 problem naming where it came from. */
    public static String creatorId(String candidate, String field) {
        if (candidate == null || candidate.isEmpty()) {
            throw new ApiProblem(ProblemType.INVALID_CREATOR_ID, field + " is required.").with("field", field);
        }
        if (!CREATOR_ID.matcher(candidate).matches()) {
            throw new ApiProblem(ProblemType.INVALID_CREATOR_ID,
                    field + " must be 3 to 32 characters of a-z, 0-9 and _.").with("field", field);
        }
        return candidate;
    }
}
