package io.reelstorm.common.views;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ViewSeenKeyTest {

    @Test
    void aKeyParsesBackToItsVideoAndViewIdEvenWhenTheViewIdHoldsColons() {
        ViewSeenKey seen = new ViewSeenKey("01VIDEO", "client:retry:7");

        assertThat(seen.key()).isEqualTo("view-seen:01VIDEO:client:retry:7");
        assertThat(ViewSeenKey.parse(seen.key())).contains(seen);
    }

    @Test
    void otherKeysAreNoMarks() {
        assertThat(ViewSeenKey.parse("views:01VIDEO")).isEmpty();
        assertThat(ViewSeenKey.parse("view-seen:01VIDEO")).isEmpty();
        assertThat(ViewSeenKey.parse(null)).isEmpty();
    }
}
