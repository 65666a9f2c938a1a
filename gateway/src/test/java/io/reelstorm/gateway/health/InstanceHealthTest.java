package io.reelstorm.gateway.health;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class InstanceHealthTest {

    private final InstanceHealth health = new InstanceHealth(2, 2);

    @Test
    void anInstanceTakesTrafficFromTheStart() {
        assertThat(health.healthy()).isTrue();
    }

    @Test
    void itIsEjectedAfterTwoFailedChecksInARowNotOne() {
        assertThat(health.recordCheck(false)).isFalse();
        assertThat(health.healthy()).isTrue();

        assertThat(health.recordCheck(false)).isTrue();
        assertThat(health.healthy()).isFalse();
    }

    @Test
    void aPassedCheckInBetweenStartsTheCountAgain() {
        health.recordCheck(false);
        health.recordCheck(true);
        health.recordCheck(false);

        assertThat(health.healthy()).isTrue();
    }

    @Test
    void itIsReadmittedAfterTwoPassedChecksInARow() {
        health.recordCheck(false);
        health.recordCheck(false);

        assertThat(health.recordCheck(true)).isFalse();
        assertThat(health.healthy()).isFalse();
        assertThat(health.recordCheck(true)).isTrue();
        assertThat(health.healthy()).isTrue();
    }

    @Test
    void aCallThatCannotConnectEjectsItAtOnceUntilChecksPassAgain() {
        assertThat(health.eject()).isTrue();
        assertThat(health.healthy()).isFalse();
        assertThat(health.eject()).isFalse();

        health.recordCheck(true);
        health.recordCheck(true);

        assertThat(health.healthy()).isTrue();
    }
}
