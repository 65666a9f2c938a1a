package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.http.HttpMethod;

class NaiveRetriesTest {

    private final NaiveRetries naive = new NaiveRetries(3, Set.of(HttpMethod.GET));

    @ParameterizedTest
    @EnumSource(value = AttemptOutcome.class, names = {"SERVER_ERROR", "CONNECTION_FAILED", "TIMED_OUT"})
    void aFailedGetIsRetriedThreeTimesAtOnce(AttemptOutcome outcome) {
        assertThat(naive.shouldRetry(HttpMethod.GET, 1, outcome)).isTrue();
        assertThat(naive.shouldRetry(HttpMethod.GET, 2, outcome)).isTrue();
        assertThat(naive.shouldRetry(HttpMethod.GET, 3, outcome)).isTrue();
        assertThat(naive.shouldRetry(HttpMethod.GET, 4, outcome)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = AttemptOutcome.class, names = {"SERVER_ERROR", "CONNECTION_FAILED", "TIMED_OUT"})
    void postsAndDeletesAreNeverRetried(AttemptOutcome outcome) {
        assertThat(naive.shouldRetry(HttpMethod.POST, 1, outcome)).isFalse();
        assertThat(naive.shouldRetry(HttpMethod.DELETE, 1, outcome)).isFalse();
    }

    @Test
    void anAnswerThatIsNotA5xxIsNeverRetried() {
        assertThat(naive.shouldRetry(HttpMethod.GET, 1, AttemptOutcome.ANSWERED)).isFalse();
    }

    @Test
    void aCallThatWasNeverSentIsNotRetried() {
        assertThat(naive.shouldRetry(HttpMethod.GET, 1, AttemptOutcome.NOT_SENT)).isFalse();
    }

    @Test
    void zeroRetriesMeansOneAttemptOnly() {
        NaiveRetries none = new NaiveRetries(0, Set.of(HttpMethod.GET));

        assertThat(none.shouldRetry(HttpMethod.GET, 1, AttemptOutcome.SERVER_ERROR)).isFalse();
    }

    @Test
    void theRetriedMethodsAreConfigurable() {
        NaiveRetries readsToo = new NaiveRetries(1, Set.of(HttpMethod.GET, HttpMethod.HEAD));

        assertThat(readsToo.shouldRetry(HttpMethod.HEAD, 1, AttemptOutcome.TIMED_OUT)).isTrue();
        assertThat(readsToo.shouldRetry(HttpMethod.HEAD, 2, AttemptOutcome.TIMED_OUT)).isFalse();
    }
}
