package io.reelstorm.upload.storage;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Streams one upload into several data centers' stores at once, part by part, holding one part in
 * memory: the stores that fail, or lag too far behind the first, are dropped and the write goes on with the others (see
 * {@link PartedUpload}). Fails only when no store could take it.
 */
public final class TeeUpload {

    private TeeUpload() {
    }

    /** @param straggler how long the other stores may lag behind the first that finished a step before they are dropped */
    public static StoredCopies write(List<ObjectStore> stores, String key, InputStream content, String contentType,
                                     Duration straggler) throws IOException {
        return new PartedUpload(stores, key, contentType, straggler).run(content);
    }
}
