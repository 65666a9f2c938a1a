package io.reelstorm.upload.video;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.views.ViewCount;
import java.time.Instant;

/**
 * A video's metadata as {@code GET /api/videos/{id}} shows it: the upload answer plus its view count.
 *
 * @param views how often it was viewed, as far as this data center's metrics-service can tell; null
 *              when that is unknown (with {@code honest-reads}), never a 0 that is not one
 * @param stale true when {@code views} may lack views acknowledged more than one staleness budget ago
 */
public record VideoDetails(String id, String title, String creatorId, long sizeBytes, String sha256,
                           String contentType, Instant createdAt, String dc, Long views, boolean stale) {

    static VideoDetails of(Video video, ViewCount count) {
        return new VideoDetails(video.id(), video.title(), video.creatorId(), video.sizeBytes(), video.sha256(),
                video.contentType(), video.createdAt(), video.dc(), count.views(), count.stale());
    }
}
