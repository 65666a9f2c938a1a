package io.reelstorm.common.web;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.util.Optional;

/** The client-chosen keys of the public contract and their validation. */
public final class Headers {

    public static final String CREATOR_ID = "X-Creator-Id";
    public static final String CLIENT_ID = "X-Client-Id";
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IDEMPOTENT_REPLAYED = "Idempotent-Replayed";
    public static final String VIEW_ID = "View-Id";

    static final int MAX_KEY_LENGTH = 128;

    private Headers() {
    }

    /**
     * An optional client key ({@code Idempotency-Key}, {@code View-Id}): absent is fine; present means
     * 1 to 128 visible ASCII characters.
     */
    public static Optional<String> optionalKey(String name, String value) {
        if (value == null) {
            return Optional.empty();
        }
        if (value.isEmpty() || value.length() > MAX_KEY_LENGTH || !value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new ApiProblem(ProblemType.INVALID_HEADER,
                    name + " must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters.").with("field", name);
        }
        return Optional.of(value);
    }
}
