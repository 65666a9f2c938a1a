package io.reelstorm.gateway.retry;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.timeout.ReadTimeoutException;
import java.io.IOException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

class AttemptTest {

    @Test
    void aCallWhoseConnectionWasNeverMadeCannotHaveBeenApplied() {
        assertThat(Attempt.failed(new ConnectException("Connection refused")).mayHaveReachedService()).isFalse();
        assertThat(Attempt.failed(new IllegalStateException("wrapped", new ConnectTimeoutException("connect timed out")))
                .mayHaveReachedService()).isFalse();
    }

    @Test
    void aConnectionThatBrokeAfterTheRequestWentOutMayHaveBeenApplied() {
        assertThat(Attempt.failed(new IOException("Connection reset by peer")).mayHaveReachedService()).isTrue();
    }

    @Test
    void anAnswerOrALateAnswerMeansTheServiceGotTheRequest() {
        assertThat(Attempt.answered(HttpStatus.SERVICE_UNAVAILABLE).mayHaveReachedService()).isTrue();
        assertThat(Attempt.answered(HttpStatus.ACCEPTED).mayHaveReachedService()).isTrue();
        assertThat(Attempt.failed(ReadTimeoutException.INSTANCE).mayHaveReachedService()).isTrue();
    }

    @Test
    void aCallRefusedBeforeItWasSentWasNotApplied() {
        assertThat(Attempt.failed(new IllegalStateException("no instance")).mayHaveReachedService()).isFalse();
    }
}
