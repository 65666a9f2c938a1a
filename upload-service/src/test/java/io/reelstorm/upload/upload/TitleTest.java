package io.reelstorm.upload.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class TitleTest {

    @Test
    void surroundingWhitespaceIsRemoved() {
        assertThat(new Title("  Sunset \t\n").value()).isEqualTo("Sunset");
    }

    @Test
    void twoHundredCharactersAreEnough() {
        assertThat(new Title("t".repeat(200)).value()).hasSize(200);
    }

    @Test
    void charactersAreCountedNotUtf16Units() {
        String emoji = "\uD83C\uDF05";

        assertThat(new Title(emoji.repeat(200)).value()).isEqualTo(emoji.repeat(200));
        assertInvalid(emoji.repeat(201), "at most 200");
    }

    @Test
    void aMissingBlankOrTooLongTitleIsAnInvalidTitleProblem() {
        assertInvalid(null, "required");
        assertInvalid("", "blank");
        assertInvalid(" \t ", "blank");
        assertInvalid("t".repeat(201), "at most 200");
    }

    @Test
    void controlCharactersAreRefused() {
        assertInvalid("line\nbreak", "control characters");
        assertInvalid("bell\u0007", "control characters");
    }

    private static void assertInvalid(String title, String detail) {
        assertThatThrownBy(() -> new Title(title))
                .isInstanceOfSatisfying(ApiProblem.class, problem -> assertThat(problem.type()).isEqualTo(ProblemType.INVALID_TITLE))
                .hasMessageContaining(detail);
    }
}
