package io.reelstorm.upload.support;

import io.minio.ListMultipartUploadsArgs;
import io.minio.ListObjectsArgs;
import io.minio.MinioAsyncClient;
import io.minio.Result;
import io.minio.messages.Item;
import io.minio.messages.ListMultipartUploadsResult;
import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.redis.RedisStore;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Everything an upload can leave behind: objects and incomplete multipart uploads in the bucket, video
 * hashes and the recent-videos index in the metadata Redis.
 */
public record StoreSnapshot(Set<String> objects, Set<String> incompleteUploads, Set<String> videoKeys, long recentVideos) {

    public static StoreSnapshot take(RedisStore meta, MinioAsyncClient minio, String bucket) {
        Set<String> objects = new TreeSet<>();
        for (Result<Item> item : minio.listObjects(ListObjectsArgs.builder().bucket(bucket).recursive(true).build())) {
            try {
                objects.add(item.get().objectName());
            } catch (Exception e) {
                throw new IllegalStateException("cannot list bucket " + bucket, e);
            }
        }
        ListMultipartUploadsResult uploads = minio.listMultipartUploads(ListMultipartUploadsArgs.builder().bucket(bucket).build())
                .join().result();
        Set<String> incomplete = uploads.uploads() == null ? Set.of()
                : uploads.uploads().stream().map(u -> u.objectName() + "#" + u.uploadId()).collect(Collectors.toCollection(TreeSet::new));
        Set<String> videoKeys = new TreeSet<>(meta.sync().keys("video:*"));
        return new StoreSnapshot(objects, incomplete, videoKeys, meta.sync().zcard(CatalogKeys.RECENT));
    }
}
