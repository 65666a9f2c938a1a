package io.reelstorm.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import org.junit.jupiter.api.Test;

class LimitsTest {

    @Test
    void anAbsentOrEmptyLimitMeansTheDefault() {
        assertThat(Limits.parse(null, 20, 100)).isEqualTo(20);
        assertThat(Limits.parse("", 20, 100)).isEqualTo(20);
    }

    @Test
    void limitsFromOneToTheMaximumAreTaken() {
        assertThat(Limits.parse("1", 20, 100)).isEqualTo(1);
        assertThat(Limits.parse("100", 20, 100)).isEqualTo(100);
        assertThat(Limits.parse("007", 20, 100)).isEqualTo(7);
    }

    @Test
    void everythingElseIsAnInvalidLimitProblemNamingTheField() {
        for (String bad : new String[] {"-1", "0", "101", "100000", "abc", " 5", "5 ", "+5", "1.5", "99999999999999999999"}) {
            assertThatThrownBy(() -> Limits.parse(bad, 20, 100))
                    .as("%s", bad)
                    .isInstanceOfSatisfying(ApiProblem.class, p -> {
                        assertThat(p.type()).isEqualTo(ProblemType.INVALID_LIMIT);
                        assertThat(p.toProblemDetail().getProperties()).containsEntry("field", "limit");
                    });
        }
    }
}
