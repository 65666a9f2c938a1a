package io.reelstorm.upload.video;

import io.reelstorm.common.catalog.Video;

/**
 * The answer to an upload.
 *
 * @param video    the video created, or the one an earlier request with the same key created
 * @param replayed true when this is the earlier answer repeated for the same {@code Idempotency-Key}
 */
public record UploadResult(Video video, boolean replayed) {

    static UploadResult created(Video video) {
        return new UploadResult(video, false);
    }

    static UploadResult replayed(Video video) {
        return new UploadResult(video, true);
    }
}
