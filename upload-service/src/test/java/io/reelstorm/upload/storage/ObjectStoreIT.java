package io.reelstorm.upload.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.minio.AbortMultipartUploadArgs;
import io.minio.CreateMultipartUploadArgs;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.upload.AbstractUploadServiceIT;
import io.reelstorm.upload.support.SampleVideos;
import io.reelstorm.upload.support.StoreSnapshot;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ObjectStoreIT extends AbstractUploadServiceIT {

    @Test
    void aStreamFailingAfterTheFirstPartLeavesNoObjectAndNoUnfinishedUpload() {
        StoreSnapshot before = snapshot();
        IOException clientGone = new IOException("client went away");
        InputStream failing = new SequenceInputStream(new ByteArrayInputStream(new byte[6 * 1024 * 1024]), new InputStream() {
            @Override
            public int read() throws IOException {
                throw clientGone;
            }
        });

        assertThatThrownBy(() -> objectStore.put(new Ulid().next(), failing, "video/mp4")).isSameAs(clientGone);
        assertThat(snapshot()).isEqualTo(before);
    }

    @Test
    void theStoreSnapshotSeesAnUnfinishedMultipartUpload() {
        String key = new Ulid().next();
        String uploadId = minio.createMultipartUpload(CreateMultipartUploadArgs.builder().bucket(objectStore.bucket()).object(key).build())
                .join().result().uploadId();
        try {
            assertThat(snapshot().incompleteUploads()).contains(key + "#" + uploadId);
        } finally {
            minio.abortMultipartUpload(AbortMultipartUploadArgs.builder().bucket(objectStore.bucket()).object(key).uploadId(uploadId).build()).join();
        }
    }

    @Test
    void objectsOfExactlyOnePartAndOfSeveralPartsAreStoredWhole() throws IOException {
        for (int size : new int[] {5 * 1024 * 1024, 11 * 1024 * 1024 + 7}) {
            byte[] content = SampleVideos.mp4(size - 40, size);
            String key = new Ulid().next();

            StoredObject stored = objectStore.put(key, new ByteArrayInputStream(content), "video/mp4");

            assertThat(stored.sizeBytes()).isEqualTo(size);
            try (InputStream in = objectStore.read(key, 0, null).orElseThrow()) {
                assertThat(in.readAllBytes()).isEqualTo(content);
            }
            try (InputStream in = objectStore.read(key, 5 * 1024 * 1024 - 3, 10L).orElseThrow()) {
                assertThat(in.readAllBytes()).isEqualTo(Arrays.copyOfRange(content, 5 * 1024 * 1024 - 3, Math.min(size, 5 * 1024 * 1024 + 7)));
            }
            objectStore.remove(key);
        }
    }

    @Test
    void readingAnObjectThatDoesNotExistFindsNothing() {
        assertThat(objectStore.read(new Ulid().next(), 0, null)).isEmpty();
    }
}
