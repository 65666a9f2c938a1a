package io.reelstorm.upload.upload;

import io.reelstorm.common.problem.ApiProblem;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.Supplier;

/** Passes bytes through and fails with a 413 problem as soon as more than the limit went by. */
class LimitedInputStream extends InputStream {

    private final InputStream in;
    private final long limit;
    private final Supplier<ApiProblem> tooLarge;
    private long count;

    LimitedInputStream(InputStream in, long limit, Supplier<ApiProblem> tooLarge) {
        this.in = in;
        this.limit = limit;
        this.tooLarge = tooLarge;
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            passed(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = in.read(buffer, offset, length);
        if (read > 0) {
            passed(read);
        }
        return read;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** How many bytes went by. */
    long count() {
        return count;
    }

    protected void passed(int bytes) {
        count += bytes;
        if (count > limit) {
            throw tooLarge.get();
        }
    }
}
