package io.reelstorm.upload.video;

import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.ids.Ids;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.common.views.ViewCountReader;
import io.reelstorm.common.web.Headers;
import io.reelstorm.upload.catalog.CatalogWriter;
import io.reelstorm.upload.failover.ObjectPlacement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/** Reading a video's metadata (with its view count) and deleting a video. */
@Service
public class VideoService {

    private static final Logger log = LoggerFactory.getLogger(VideoService.class);

    private final Catalog catalog;
    private final ViewCountReader viewCounts;
    private final CatalogWriter catalogWriter;
    private final ObjectPlacement objects;

    VideoService(Catalog catalog, ViewCountReader viewCounts, CatalogWriter catalogWriter, ObjectPlacement objects) {
        this.catalog = catalog;
        this.viewCounts = viewCounts;
        this.catalogWriter = catalogWriter;
        this.objects = objects;
    }

    public VideoDetails get(String rawId) {
        String id = Ids.videoId(rawId);
        return catalog.find(id)
                .map(video -> VideoDetails.of(video, viewCounts.read(id)))
                .orElseThrow(() -> VideoProblems.notFound(id));
    }

    /**
     * Deletes a video its caller owns: first its metadata (so no reader lists it any more), then its
     * bytes (in every data center's store that may hold them). Should an object store fail at that point
     * the video is still gone for everyone; the orphaned object is logged.
     */
    public void delete(String rawId, String creatorHeader) {
        String id = Ids.videoId(rawId);
        String creatorId = Ids.creatorId(creatorHeader, Headers.CREATOR_ID);
        switch (catalogWriter.delete(id, creatorId)) {
            case MISSING -> throw VideoProblems.notFound(id);
            case NOT_OWNER -> throw new ApiProblem(ProblemType.NOT_OWNER, "Only the creator of a video may delete it.")
                    .with("field", Headers.CREATOR_ID);
            case DELETED -> {
                objects.remove(id);
                log.info("event=video-deleted id={} creator={}", id, creatorId);
            }
        }
    }
}
