package io.reelstorm.upload.storage;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.Http;
import io.minio.MinioAsyncClient;
import io.minio.PutObjectAPIArgs;
import io.minio.UploadPartArgs;
import io.minio.messages.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one object from a stream of unknown length, reading it on the caller's thread one part at a
 * time: a single PUT when it fits in one part, otherwise an S3 multipart upload.
 *
 * <p>We drive the multipart calls ourselves rather than use {@code putObject(PutObjectArgs)}. MinIO
 * 9.0.4's streaming {@code putObject} does abort its multipart upload when a later step fails, but it
 * reads the caller's stream on a pool thread and wraps the caller's own exceptions; here a failure
 * while reading the request (client gone, size limit, malformed body) surfaces unchanged on the
 * request thread, and the abort that leaves no incomplete upload behind is explicit.
 */
final class PartedUpload {

    private static final Logger log = LoggerFactory.getLogger(PartedUpload.class);

    private final ObjectStore store;
    private final MinioAsyncClient client;
    private final String key;
    private final String contentType;
    private final byte[] buffer;

    PartedUpload(ObjectStore store, MinioAsyncClient client, String key, String contentType, int partSize) {
        this.store = store;
        this.client = client;
        this.key = key;
        this.contentType = contentType;
        this.buffer = new byte[partSize];
    }

    StoredObject run(InputStream content) throws IOException {
        int filled = fill(content);
        if (filled < buffer.length) {
            store.await(client.putObject(PutObjectAPIArgs.builder()
                    .bucket(store.bucket()).object(key)
                    .data(buffer, filled)
                    .contentType(contentType)
                    .headers(new Http.Headers())
                    .build()), "upload of " + key);
            return new StoredObject(key, filled);
        }
        String uploadId = store.await(client.createMultipartUpload(CreateMultipartUploadArgs.builder()
                .bucket(store.bucket()).object(key)
                .headers(new Http.Headers(Http.Headers.CONTENT_TYPE, contentType))
                .build()), "start of multipart upload of " + key).result().uploadId();
        try {
            return uploadParts(uploadId, content, filled);
        } catch (IOException | RuntimeException | Error e) {
            abort(uploadId, e);
            throw e;
        }
    }

    private StoredObject uploadParts(String uploadId, InputStream content, int firstPartSize) throws IOException {
        List<Part> parts = new ArrayList<>();
        long total = 0;
        int filled = firstPartSize;
        while (filled > 0) {
            parts.add(uploadPart(uploadId, parts.size() + 1, filled));
            total += filled;
            filled = filled < buffer.length ? 0 : fill(content);
        }
        store.await(client.completeMultipartUpload(CompleteMultipartUploadArgs.builder()
                .bucket(store.bucket()).object(key)
                .uploadId(uploadId)
                .parts(parts.toArray(Part[]::new))
                .build()), "completion of multipart upload of " + key);
        return new StoredObject(key, total);
    }

    private Part uploadPart(String uploadId, int partNumber, int length) {
        return store.await(client.uploadPart(UploadPartArgs.builder()
                .bucket(store.bucket()).object(key)
                .uploadId(uploadId)
                .partNumber(partNumber)
                .data(buffer, length)
                .headers(new Http.Headers())
                .build()), "part " + partNumber + " of " + key).part();
    }

    private void abort(String uploadId, Throwable reason) {
        try {
            store.await(client.abortMultipartUpload(AbortMultipartUploadArgs.builder()
                    .bucket(store.bucket()).object(key)
                    .uploadId(uploadId)
                    .build()), "abort of multipart upload of " + key);
        } catch (RuntimeException e) {
            reason.addSuppressed(e);
            log.warn("event=multipart-abort-failed key={} uploadId={} error=\"{}\"", key, uploadId, e.getMessage());
        }
    }

    /** Reads until the buffer is full or the stream ends; the number of bytes read. */
    private int fill(InputStream content) throws IOException {
        int filled = 0;
        while (filled < buffer.length) {
            int read = content.read(buffer, filled, buffer.length - filled);
            if (read < 0) {
                break;
            }
            filled += read;
        }
        return filled;
    }
}
