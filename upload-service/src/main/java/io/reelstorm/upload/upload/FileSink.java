package io.reelstorm.upload.upload;

import java.io.IOException;

/** Where the file part goes while the request is read: the object store, or only a hash. */
@FunctionalInterface
public interface FileSink {

    /** Consumes the file; an {@link IOException} from reading it means the request failed. */
    void accept(IncomingFile file) throws IOException;
}
