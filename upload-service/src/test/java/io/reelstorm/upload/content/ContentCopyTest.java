package io.reelstorm.upload.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.SequenceInputStream;
import org.junit.jupiter.api.Test;

class ContentCopyTest {

    @Test
    void copiesEveryByte() {
        byte[] content = new byte[200_000];
        content[199_999] = 7;
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        assertThat(ContentCopy.copy(new ByteArrayInputStream(content), out)).isEqualTo(200_000);
        assertThat(out.toByteArray()).isEqualTo(content);
    }

    @Test
    void aStoreFailingMidwayInterruptsTheContent() {
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[100]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset by the object store");
            }
        });

        assertThatThrownBy(() -> ContentCopy.copy(failing, OutputStream.nullOutputStream()))
                .isInstanceOf(ContentInterruptedException.class)
                .hasMessageContaining("after 100 bytes");
    }

    @Test
    void aClientGoneMidwayEndsTheCopyQuietly() {
        OutputStream gone = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("broken pipe");
            }
        };

        assertThat(ContentCopy.copy(new ByteArrayInputStream(new byte[100]), gone)).isZero();
    }
}
