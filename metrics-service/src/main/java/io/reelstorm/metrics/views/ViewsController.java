package io.reelstorm.metrics.views;

import io.reelstorm.common.ids.Ids;
import io.reelstorm.common.web.Headers;
import io.reelstorm.metrics.catalog.KnownVideos;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/videos/{id}/views}: answered 202 only once the view is in the counter Redis. */
@RestController
class ViewsController {

    private final KnownVideos knownVideos;
    private final ViewIngest ingest;

    ViewsController(KnownVideos knownVideos, ViewIngest ingest) {
        this.knownVideos = knownVideos;
        this.ingest = ingest;
    }

    @PostMapping("/api/videos/{id}/views")
    ResponseEntity<ViewAccepted> view(@PathVariable String id,
                                      @RequestHeader(name = Headers.VIEW_ID, required = false) String viewIdHeader) {
        String videoId = Ids.videoId(id);
        Optional<String> viewId = Headers.optionalKey(Headers.VIEW_ID, viewIdHeader);
        knownVideos.require(videoId);
        return ResponseEntity.accepted().body(new ViewAccepted(videoId, ingest.record(videoId, viewId)));
    }

    /**
     * @param counted false when the request's {@code View-Id} had been counted already
     */
    record ViewAccepted(String videoId, boolean counted) {
    }
}
