package io.reelstorm.common.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import org.junit.jupiter.api.Test;

class Sha256Test {

    private static final String ABC = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";

    @Test
    void theKnownDigestOfAbcInLowerCaseHex() {
        assertThat(Sha256.hex("abc".getBytes(StandardCharsets.US_ASCII))).isEqualTo(ABC);
    }

    @Test
    void aDigestFedInPiecesEndsTheSame() {
        MessageDigest fed = Sha256.digest();
        fed.update((byte) 'a');
        fed.update("bc".getBytes(StandardCharsets.US_ASCII));

        assertThat(Sha256.hex(fed)).isEqualTo(ABC);
    }
}
