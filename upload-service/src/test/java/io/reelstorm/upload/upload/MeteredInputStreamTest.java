package io.reelstorm.upload.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class MeteredInputStreamTest {

    private final SizeLimits limits = SizeLimits.of(DataSize.ofBytes(10));

    @Test
    void countsAndHashesEveryByteReadWhicheverWayItIsRead() throws IOException {
        MeteredInputStream in = metered("abc");

        assertThat(in.read()).isEqualTo('a');
        assertThat(in.readNBytes(5)).containsExactly('b', 'c');

        // SHA-256("abc"), the FIPS 180-2 test vector.
        assertThat(in.digest()).isEqualTo(new FileDigest(3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    }

    @Test
    void exactlyTheLimitPasses() throws IOException {
        MeteredInputStream in = metered("0123456789");

        assertThat(in.transferTo(OutputStream.nullOutputStream())).isEqualTo(10);
    }

    @Test
    void oneByteMoreThanTheLimitIsAPayloadTooLargeProblem() {
        MeteredInputStream in = metered("0123456789X");

        assertThatThrownBy(() -> in.transferTo(OutputStream.nullOutputStream()))
                .isInstanceOfSatisfying(ApiProblem.class, p -> assertThat(p.type()).isEqualTo(ProblemType.PAYLOAD_TOO_LARGE))
                .hasMessageContaining("10 bytes");
    }

    @Test
    void theRequestMayExceedTheFileLimitByTheMultipartAllowance() {
        assertThat(SizeLimits.of(DataSize.ofMegabytes(256)).maxRequestBytes()).isEqualTo(256L * 1024 * 1024 + 64 * 1024);
        assertThat(SizeLimits.of(DataSize.ofMegabytes(256)).tooLarge()).hasMessageContaining("256MB");
    }

    private MeteredInputStream metered(String content) {
        return new MeteredInputStream(new ByteArrayInputStream(content.getBytes(StandardCharsets.US_ASCII)), limits.maxFileBytes(), limits::tooLarge);
    }
}
