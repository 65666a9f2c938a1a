package io.reelstorm.upload.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ObjectStorePropertiesTest {

    @Test
    void partsSmallerThanTheS3MinimumAreRefusedNamingTheProperty() {
        assertThatThrownBy(() -> properties(DataSize.ofMegabytes(4), Duration.ofSeconds(1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reelstorm.objects.part-size");
    }

    @Test
    void timeoutsMustBePositive() {
        assertThatThrownBy(() -> properties(DataSize.ofMegabytes(8), Duration.ZERO))
                .hasMessageContaining("reelstorm.objects.connect-timeout");
    }

    @Test
    void sensibleValuesAreKept() {
        assertThat(properties(DataSize.ofMegabytes(5), Duration.ofSeconds(1)).partSize()).isEqualTo(DataSize.ofMegabytes(5));
    }

    private static ObjectStoreProperties properties(DataSize partSize, Duration connectTimeout) {
        return new ObjectStoreProperties("http://127.0.0.1:9101", "key", "secret", "videos", "us-east-1", partSize,
                connectTimeout, Duration.ofSeconds(30), Duration.ofSeconds(30));
    }
}
