package io.reelstorm.upload.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioAsyncClient;
import io.minio.RemoveObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The videos bucket of one data center's object store (this one's, or with {@code upload-failover} the
 * peer's). The bucket is checked (and created) lazily, so the service starts while the store is down
 * and reports itself not ready instead.
 */
public class ObjectStore {

    private static final Logger log = LoggerFactory.getLogger(ObjectStore.class);

    private final String location;
    private final MinioAsyncClient client;
    private final String bucket;
    private final int partSize;
    /** A lock rather than {@code synchronized}: the calls inside block, and request threads are virtual. */
    private final ReentrantLock bucketLock = new ReentrantLock();
    private volatile boolean bucketReady;

    /**
     * @param location the data center whose store this is, e.g. {@code east}
     */
    public ObjectStore(String location, MinioAsyncClient client, String bucket, int partSize) {
        this.location = location;
        this.client = client;
        this.bucket = bucket;
        this.partSize = partSize;
    }

    /** The data center whose store this is. */
    public String location() {
        return location;
    }

    public String bucket() {
        return bucket;
    }

    MinioAsyncClient client() {
        return client;
    }

    int partSize() {
        return partSize;
    }

    /** Makes sure the bucket exists, asking the store only until it has once said so. */
    public void ensureBucket() {
        if (!bucketReady) {
            verifyBucket();
        }
    }

    /** Asks the store whether the bucket exists and creates it when it does not. */
    public void verifyBucket() {
        bucketLock.lock();
        try {
            boolean exists = await(client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build()), "bucket check");
            if (!exists) {
                createBucket();
            }
            bucketReady = true;
        } finally {
            bucketLock.unlock();
        }
    }

    private void createBucket() {
        try {
            await(client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build()), "bucket creation");
            log.info("event=bucket-created bucket={}", bucket);
        } catch (ObjectStoreException e) {
            // Another instance of the service created it first.
            if (!hasErrorCode(e.storeFailure(), "BucketAlreadyOwnedByYou")) {
                throw e;
            }
        }
    }

    /**
     * Streams {@code content} to the object {@code key} until it ends, holding one part in memory. An
     * {@link IOException} or unchecked exception from reading {@code content} is rethrown as it is,
     * after making sure nothing of the object remains in the store.
     */
    public StoredObject put(String key, InputStream content, String contentType) throws IOException {
        StoredCopies copies = new PartedUpload(List.of(this), key, contentType, Duration.ZERO).run(content);
        return new StoredObject(key, copies.sizeBytes());
    }

    /** Whether the store holds {@code key}. */
    public boolean exists(String key) {
        try {
            await(client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build()), "check of " + key);
            return true;
        } catch (ObjectStoreException e) {
            if (hasErrorCode(e.storeFailure(), "NoSuchKey") || hasErrorCode(e.storeFailure(), "NoSuchBucket")) {
                return false;
            }
            throw e;
        }
    }

    /**
     * The bytes of {@code key} from {@code offset}, {@code length} of them (all the rest when null), or
     * empty when the store has no such object.
     */
    public Optional<InputStream> read(String key, long offset, Long length) {
        GetObjectArgs.Builder args = GetObjectArgs.builder().bucket(bucket).object(key);
        if (offset > 0 || length != null) {
            args.offset(offset).length(length);
        }
        try {
            return Optional.of(await(client.getObject(args.build()), "read of " + key));
        } catch (ObjectStoreException e) {
            // A store without the bucket (fresh, nothing uploaded yet) has no object either.
            if (hasErrorCode(e.storeFailure(), "NoSuchKey") || hasErrorCode(e.storeFailure(), "NoSuchBucket")) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Removes {@code key}; removing an object that does not exist succeeds. */
    public void remove(String key) {
        await(client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build()), "removal of " + key);
    }

    <T> T await(CompletableFuture<T> call, String what) {
        try {
            // No overall deadline here: the client's connect, read and write timeouts bound every call.
            return call.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            call.cancel(true);
            throw new ObjectStoreException("interrupted during " + what, e);
        } catch (ExecutionException e) {
            Throwable cause = ObjectStoreException.unwrap(e);
            if (hasErrorCode(cause, "NoSuchBucket")) {
                bucketReady = false;
            }
            throw new ObjectStoreException("object store failed during " + what, cause);
        }
    }

    private static boolean hasErrorCode(Throwable failure, String code) {
        return failure instanceof ErrorResponseException e && code.equals(e.errorResponse().code());
    }
}
