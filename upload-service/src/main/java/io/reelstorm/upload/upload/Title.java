package io.reelstorm.upload.upload;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;

/** A video's title: 1 to 200 characters, surrounding whitespace removed, no control characters. */
public record Title(String value) {

    public static final int MAX_LENGTH = 200;

    public Title {
        if (value == null) {
            throw invalid("A 'title' part is required.");
        }
        value = value.strip();
        if (value.isEmpty()) {
            throw invalid("The title must not be blank.");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw invalid("The title must be at most " + MAX_LENGTH + " characters.");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw invalid("The title must not contain control characters.");
        }
    }

    static ApiProblem invalid(String detail) {
        return new ApiProblem(ProblemType.INVALID_TITLE, detail).with("field", "title");
    }
}
