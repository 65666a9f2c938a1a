package io.reelstorm.upload.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Copies an object to the client through a small buffer, telling the two ways it can fail apart: the
 * store (the response is then broken off) and the client (nobody is left to answer).
 */
final class ContentCopy {

    private static final int BUFFER_BYTES = 64 * 1024;

    private ContentCopy() {
    }

    /** The bytes copied; fewer than the object when the client went away. */
    static long copy(InputStream from, OutputStream to) {
        byte[] buffer = new byte[BUFFER_BYTES];
        long copied = 0;
        while (true) {
            int read;
            try {
                read = from.read(buffer);
            } catch (IOException e) {
                throw new ContentInterruptedException("object store read failed after " + copied + " bytes", e);
            }
            if (read < 0) {
                return copied;
            }
            try {
                to.write(buffer, 0, read);
            } catch (IOException e) {
                return copied;
            }
            copied += read;
        }
    }
}
