package io.reelstorm.upload.upload;

import io.reelstorm.common.digest.Sha256;
import io.reelstorm.common.problem.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.function.Supplier;

/** The file part on its way through: counted, hashed (SHA-256) and stopped at the size limit. */
class MeteredInputStream extends LimitedInputStream {

    private final MessageDigest sha256;

    MeteredInputStream(InputStream in, long limit, Supplier<ApiProblem> tooLarge) {
        super(in, limit, tooLarge);
        this.sha256 = Sha256.digest();
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
        return new FileDigest(count(), Sha256.hex(sha256));
    }
}
