package io.reelstorm.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.problem.ApiProblem;
import org.junit.jupiter.api.Test;

class HeadersTest {

    @Test
    void anAbsentKeyIsFine() {
        assertThat(Headers.optionalKey(Headers.VIEW_ID, null)).isEmpty();
    }

    @Test
    void aKeyOf128VisibleCharactersIsAccepted() {
        assertThat(Headers.optionalKey(Headers.VIEW_ID, "v".repeat(128))).contains("v".repeat(128));
    }

    @Test
    void aKeyOver128CharactersIsRejectedNamingTheHeader() {
        assertThatThrownBy(() -> Headers.optionalKey(Headers.VIEW_ID, "v".repeat(129)))
                .isInstanceOf(ApiProblem.class)
                .hasMessageContaining("View-Id");
    }

    @Test
    void emptyOrInvisibleKeysAreRejected() {
        assertThatThrownBy(() -> Headers.optionalKey(Headers.IDEMPOTENCY_KEY, "")).isInstanceOf(ApiProblem.class);
        assertThatThrownBy(() -> Headers.optionalKey(Headers.IDEMPOTENCY_KEY, "a b")).isInstanceOf(ApiProblem.class);
    }

    @Test
    void requestIdsFromCallersAreKeptOnlyWhenHarmless() {
        assertThat(RequestIds.acceptOrCreate("abc-123")).isEqualTo("abc-123");
        assertThat(RequestIds.acceptOrCreate("bad id\nforged=1")).isNotEqualTo("bad id\nforged=1").hasSize(36);
        assertThat(RequestIds.acceptOrCreate(null)).hasSize(36);
    }
}
