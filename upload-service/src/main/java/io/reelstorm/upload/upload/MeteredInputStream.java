package io.reelstorm.upload.upload;

import io.reelstorm.common.problem.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;

/** The file part on its way through: counted, hashed (SHA-256) and stopped at the size limit. */
class MeteredInputStream extends LimitedInputStream {

    private final MessageDigest sha256;

    MeteredInputStream(InputStream in, long limit, Supplier<ApiProblem> tooLarge) {
        super(in, limit, tooLarge);
        try {
            this.sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            sha256.update((byte) b);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            sha256.update(buffer, offset, read);
        }
        return read;
    }

    /** Size and hash of everything read so far; call once, at the end. */
    FileDigest digest() {
        return new FileDigest(count(), HexFormat.of().formatHex(sha256.digest()));
    }
}
