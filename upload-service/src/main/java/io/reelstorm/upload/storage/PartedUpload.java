package io.reelstorm.upload.storage;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CompleteMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.minio.Http;
import io.minio.PutObjectAPIArgs;
import io.minio.UploadPartArgs;
import io.minio.messages.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one object from a stream of unknown length to one or more object stores at once, reading the
 * stream on the caller's thread one part at a time: a single PUT per store when it fits in one part,
 * otherwise an S3 multipart upload per store, each part sent to every store (in parallel) before the
 * next is read. Only that one part is held in memory, whatever the number of stores.
 *
 * <p>A store that fails is dropped (its multipart upload aborted) and the others carry on; only when
 * none is left does the failure surface, as an {@link ObjectStoreException}. With one store that is
 * the plain streaming upload. A failure while reading the stream (client gone, size limit, malformed
 * body) aborts every store and is rethrown unchanged.
 *
 * <p>We drive the multipart calls ourselves rather than use {@code putObject(PutObjectArgs)}. MinIO
 * 9.0.4's streaming {@code putObject} does abort its multipart upload when a later step fails, but it
 * reads the caller's stream on a pool thread and wraps the caller's own exceptions; here a failure
 * while reading the request surfaces unchanged on the request thread, and the abort that leaves no
 * incomplete upload behind is explicit.
 */
final class PartedUpload {

    private static final Logger log = LoggerFactory.getLogger(PartedUpload.class);

    private final List<Leg> legs = new ArrayList<>();
    private final String key;
    private final String contentType;
    private final byte[] buffer;

    private final Duration straggler;

    /**
     * @param stores    where to write; all with the same part size
     * @param straggler once one store has finished a step, how much longer the others may take before they are
     *                  dropped: a store that hangs (frozen, or cut off without a reset) would otherwise hold every
     *                  upload for the client's whole read timeout, although another store already has the bytes
     */
    PartedUpload(List<ObjectStore> stores, String key, String contentType, Duration straggler) {
        this.key = key;
        this.contentType = contentType;
        this.straggler = straggler;
        this.buffer = new byte[stores.getFirst().partSize()];
        stores.forEach(store -> legs.add(new Leg(store)));
    }

    StoredCopies run(InputStream content) throws IOException {
        for (Leg leg : legs) {
            try {
                leg.store.ensureBucket();
            } catch (ObjectStoreException e) {
                leg.failed(e);
            }
        }
        requireLiveLeg();
        int first = fill(content);
        if (first < buffer.length) {
            step(leg -> leg.putWhole(first));
            return copies(first);
        }
        int filled = first;
        step(Leg::start);
        try {
            long total = 0;
            int partNumber = 0;
            while (filled > 0) {
                int part = ++partNumber;
                int length = filled;
                step(leg -> leg.uploadPart(part, length));
                total += filled;
                filled = filled < buffer.length ? 0 : fill(content);
            }
            step(Leg::complete);
            return copies(total);
        } catch (IOException | RuntimeException | Error e) {
            for (Leg leg : legs) {
                if (leg.live()) {
                    leg.abort(e);
                }
            }
            throw e;
        }
    }

    /**
     * Starts one call on every live store, then waits for them all: a store whose call fails is
     * dropped. Throws when no store is left.
     */
    private void step(Function<Leg, CompletableFuture<?>> call) {
        List<CompletableFuture<?>> started = new ArrayList<>();
        for (Leg leg : legs) {
            started.add(leg.live() ? call.apply(leg) : null);
        }
        awaitAllOrStragglers(started.stream().filter(Objects::nonNull).toList());
        for (int i = 0; i < legs.size(); i++) {
            Leg leg = legs.get(i);
            CompletableFuture<?> pending = started.get(i);
            if (pending == null) {
                continue;
            }
            if (!pending.isDone()) {
                leg.straggled(pending);
                continue;
            }
            try {
                leg.store.await(pending, leg.doing);
            } catch (ObjectStoreException e) {
                leg.failed(e);
            }
        }
        requireLiveLeg();
    }

    /** Returns when every call has ended, or {@link #straggler} after the first one succeeded. */
    private void awaitAllOrStragglers(List<CompletableFuture<?>> calls) {
        CompletableFuture<Void> allEnded = CompletableFuture.allOf(calls.stream()
                .map(call -> call.handle((result, failure) -> null))
                .toArray(CompletableFuture[]::new));
        CompletableFuture<Void> firstSucceeded = new CompletableFuture<>();
        calls.forEach(call -> call.thenRun(() -> firstSucceeded.complete(null)));
        Executor afterGrace = CompletableFuture.delayedExecutor(straggler.toMillis(), TimeUnit.MILLISECONDS);
        CompletableFuture<Void> graceOver = firstSucceeded.thenRunAsync(() -> { }, afterGrace);
        try {
            CompletableFuture.anyOf(allEnded, graceOver).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            calls.forEach(call -> call.cancel(true));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot happen: both futures complete normally", e);
        }
    }

    private void requireLiveLeg() {
        ObjectStoreException first = null;
        for (Leg leg : legs) {
            if (leg.live()) {
                return;
            }
            if (first == null) {
                first = leg.failure;
            } else if (first != leg.failure) {
                first.addSuppressed(leg.failure);
            }
        }
        throw first;
    }

    private StoredCopies copies(long sizeBytes) {
        List<String> stored = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (Leg leg : legs) {
            (leg.live() ? stored : missing).add(leg.store.location());
        }
        return new StoredCopies(key, sizeBytes, stored, missing);
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

    /** The write to one store. */
    private final class Leg {

        final ObjectStore store;
        final List<Part> parts = new ArrayList<>();
        String uploadId;
        String doing = "";
        ObjectStoreException failure;

        Leg(ObjectStore store) {
            this.store = store;
        }

        boolean live() {
            return failure == null;
        }

        CompletableFuture<?> putWhole(int length) {
            doing = "upload of " + key;
            return store.client().putObject(PutObjectAPIArgs.builder()
                    .bucket(store.bucket()).object(key)
                    .data(buffer, length)
                    .contentType(contentType)
                    .headers(new Http.Headers())
                    .build());
        }

        CompletableFuture<?> start() {
            doing = "start of multipart upload of " + key;
            return store.client().createMultipartUpload(CreateMultipartUploadArgs.builder()
                            .bucket(store.bucket()).object(key)
                            .headers(new Http.Headers(Http.Headers.CONTENT_TYPE, contentType))
                            .build())
                    .thenAccept(created -> uploadId = created.result().uploadId());
        }

        CompletableFuture<?> uploadPart(int partNumber, int length) {
            doing = "part " + partNumber + " of " + key;
            return store.client().uploadPart(UploadPartArgs.builder()
                            .bucket(store.bucket()).object(key)
                            .uploadId(uploadId)
                            .partNumber(partNumber)
                            .data(buffer, length)
                            .headers(new Http.Headers())
                            .build())
                    .thenAccept(uploaded -> parts.add(uploaded.part()));
        }

        CompletableFuture<?> complete() {
            doing = "completion of multipart upload of " + key;
            return store.client().completeMultipartUpload(CompleteMultipartUploadArgs.builder()
                    .bucket(store.bucket()).object(key)
                    .uploadId(uploadId)
                    .parts(parts.toArray(Part[]::new))
                    .build());
        }

        void failed(ObjectStoreException e) {
            failure = e;
            if (uploadId != null) {
                abort(e);
            }
            if (legs.size() > 1) {
                log.warn("event=object-copy-failed location={} key={} error=\"{}\"", store.location(), key, e.storeFailure().getMessage());
            }
        }

        /**
         * Dropped for taking too long while another store already has the bytes. Its call is left to end on its own
         * (the client's timeouts bound it); only then is its multipart upload aborted, so the caller never waits.
         */
        void straggled(CompletableFuture<?> pending) {
            String lag = "no answer within " + straggler.toMillis() + " ms of another store";
            failure = new ObjectStoreException(lag + " during " + doing, new TimeoutException(lag));
            log.warn("event=object-copy-failed location={} key={} error=\"{}\"", store.location(), key, lag);
            pending.whenComplete((result, error) -> {
                if (uploadId != null) {
                    abortCall().whenComplete((aborted, abortError) -> {
                        if (abortError != null) {
                            log.warn("event=multipart-abort-failed key={} uploadId={} error=\"{}\"", key, uploadId, abortError.getMessage());
                        }
                    });
                }
            });
        }

        private CompletableFuture<?> abortCall() {
            return store.client().abortMultipartUpload(AbortMultipartUploadArgs.builder()
                    .bucket(store.bucket()).object(key)
                    .uploadId(uploadId)
                    .build());
        }

        void abort(Throwable reason) {
            try {
                store.await(abortCall(), "abort of multipart upload of " + key);
            } catch (RuntimeException e) {
                reason.addSuppressed(e);
                log.warn("event=multipart-abort-failed key={} uploadId={} error=\"{}\"", key, uploadId, e.getMessage());
            }
        }
    }
}
