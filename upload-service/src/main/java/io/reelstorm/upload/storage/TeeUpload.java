package io.reelstorm.upload.storage;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/**
 * Streams one upload into several data centers' stores at once, part by part, holding one part in
 * memory: the stores that fail are dropped and the write goes on with the others (see
 * {@link PartedUpload}). Fails only when no store could take it.
 */
public final class TeeUpload {

    private TeeUpload() {
    }

    public static StoredCopies write(List<ObjectStore> stores, String key, InputStream content, String contentType) throws IOException {
        return new PartedUpload(stores, key, contentType).run(content);
    }
}
