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
    void aServiceThatAnsweredLateOrWithA5xxGotTheRequestAndIsAlive() {
        assertThat(Attempt.answered(HttpStatus.SERVICE_UNAVAILABLE).reachedALiveService()).isTrue();
        assertThat(Attempt.failed(ReadTimeoutException.INSTANCE).reachedALiveService()).isTrue();
    }

    @Test
    void aConnectionThatFailedOrBrokeLooksLikeADarkDataCenter() {
        assertThat(Attempt.failed(new ConnectException("Connection refused")).reachedALiveService()).isFalse();
        assertThat(Attempt.failed(new IllegalStateException("wrapped", new ConnectTimeoutException("connect timed out")))
                .reachedALiveService()).isFalse();
        assertThat(Attempt.failed(new IOException("Connection reset by peer")).reachedALiveService()).isFalse();
    }

    @Test
    void aCallRefusedBeforeItWasSentReachedNothing() {
        assertThat(Attempt.failed(new IllegalStateException("no instance")).reachedALiveService()).isFalse();
    }
}
