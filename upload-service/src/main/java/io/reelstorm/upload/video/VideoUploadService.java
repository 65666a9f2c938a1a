package io.reelstorm.upload.video;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.ids.Ids;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.web.Headers;
import io.reelstorm.upload.catalog.CatalogWriter;
import io.reelstorm.upload.idempotency.IdempotencyKey;
import io.reelstorm.upload.idempotency.IdempotencyRecord;
import io.reelstorm.upload.idempotency.IdempotencyRecords;
import io.reelstorm.upload.failover.ObjectPlacement;
import io.reelstorm.upload.storage.StoredCopies;
import io.reelstorm.upload.upload.MultipartUploadReader;
import io.reelstorm.upload.upload.UploadForm;
import jakarta.servlet.http.HttpServletRequest;
import java.io.OutputStream;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Takes an upload: streams the file into the object store (with {@code upload-failover}, into both
 * data centers' stores) under a new id while reading the request, then commits the metadata (and the
 * idempotency record) in one script. Whatever goes wrong before the commit, the object is removed
 * again, so a failed or refused upload leaves nothing behind.
 */
@Service
public class VideoUploadService {

    private static final Logger log = LoggerFactory.getLogger(VideoUploadService.class);

    private final MultipartUploadReader reader;
    private final ObjectPlacement objects;
    private final CatalogWriter catalog;
    private final IdempotencyRecords idempotency;
    private final Ulid ids;
    private final DataCenter dataCenter;
    private final UploadOutcomes outcomes;

    VideoUploadService(MultipartUploadReader reader, ObjectPlacement objects, CatalogWriter catalog,
                       IdempotencyRecords idempotency, Ulid ids, DataCenter dataCenter, UploadOutcomes outcomes) {
        this.reader = reader;
        this.objects = objects;
        this.catalog = catalog;
        this.idempotency = idempotency;
        this.ids = ids;
        this.dataCenter = dataCenter;
        this.outcomes = outcomes;
    }

    public UploadResult upload(HttpServletRequest request, String creatorHeader, String idempotencyKeyHeader) {
        long started = System.nanoTime();
        String creatorId = null;
        try {
            creatorId = Ids.creatorId(creatorHeader, Headers.CREATOR_ID);
            String creator = creatorId;
            Optional<IdempotencyKey> key = Headers.optionalKey(Headers.IDEMPOTENCY_KEY, idempotencyKeyHeader)
                    .map(clientKey -> IdempotencyKey.of(creator, clientKey));
            UploadResult result = receive(request, creatorId, key);
            outcomes.succeeded(result, creatorId, started);
            return result;
        } catch (ApiProblem problem) {
            outcomes.rejected(problem, creatorId, started);
            throw problem;
        } catch (RuntimeException failure) {
            outcomes.failed(failure, creatorId, started);
            throw failure;
        }
    }

    private UploadResult receive(HttpServletRequest request, String creatorId, Optional<IdempotencyKey> key) {
        Optional<IdempotencyRecord> earlier = key.flatMap(idempotency::find);
        if (earlier.isPresent()) {
            // The key is taken: only the file's hash can tell a replay from a reuse, so read it, store nothing.
            UploadForm form = reader.read(request, file -> file.content().transferTo(OutputStream.nullOutputStream()));
            return UploadResult.replayed(earlier.get().replayFor(form.file().sha256()));
        }
        String id = ids.next();
        AtomicReference<StoredCopies> stored = new AtomicReference<>();
        boolean committed = false;
        try {
            UploadForm form = reader.read(request, file -> stored.set(objects.store(id, file.content(), file.contentType())));
            Video video = new Video(id, form.title().value(), creatorId, form.file().sizeBytes(), form.file().sha256(),
                    form.contentType(), Ulid.timestamp(id), dataCenter.name());
            Optional<IdempotencyRecord> winner = catalog.commit(video, stored.get(), key);
            if (winner.isEmpty()) {
                committed = true;
                return UploadResult.created(video);
            }
            // A concurrent request with the same key committed first; ours gives way and answers like a replay.
            return UploadResult.replayed(winner.get().replayFor(video.sha256()));
        } finally {
            if (stored.get() != null && !committed) {
                discard(id);
            }
        }
    }

    /**
     * Removes the bytes of an upload that was not committed. (Should a commit have been applied although
     * Redis failed to confirm it, the video would lose its bytes: an in-doubt write, like any other.)
     */
    private void discard(String id) {
        objects.remove(id);
        log.info("event=upload-discarded id={}", id);
    }
}
