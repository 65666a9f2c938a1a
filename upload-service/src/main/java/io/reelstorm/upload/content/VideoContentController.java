package io.reelstorm.upload.content;

import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.ids.Ids;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.upload.failover.ContentLocator;
import io.reelstorm.upload.video.VideoProblems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves a video's bytes straight from the object store (this data center's, else with
 * {@code upload-failover} the peer's), whole or one byte range, without holding them in memory. GET
 * and HEAD.
 */
@RestController
@Tag(name = "videos")
class VideoContentController {

    private static final Logger log = LoggerFactory.getLogger(VideoContentController.class);

    private final Catalog catalog;
    private final ContentLocator content;

    VideoContentController(Catalog catalog, ContentLocator content) {
        this.catalog = catalog;
        this.content = content;
    }

    @GetMapping("/api/videos/{id}/content")
    @Operation(summary = "A video's bytes; a single Range gives 206, an unsatisfiable one 416, others are ignored")
    @ApiResponse(responseCode = "200", description = "The whole video", content = @Content(mediaType = "video/*"))
    @ApiResponse(responseCode = "206", description = "The requested byte range", content = @Content(mediaType = "video/*"))
    @ApiResponse(responseCode = "304", description = "If-None-Match matched the ETag")
    @ApiResponse(responseCode = "404", description = "No such video", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "416", description = "Range starts beyond the end", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "The bytes are in a data center that cannot serve them now (Retry-After)", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    void content(@Parameter(description = "Video id (ULID)") @PathVariable String id,
                 @RequestHeader(name = HttpHeaders.RANGE, required = false) String range,
                 @RequestHeader(name = HttpHeaders.IF_RANGE, required = false) String ifRange,
                 @RequestHeader(name = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                 HttpServletRequest request, HttpServletResponse response) throws IOException {
        String videoId = Ids.videoId(id);
        Video video = catalog.find(videoId).orElseThrow(() -> VideoProblems.notFound(videoId));
        String etag = EntityTags.of(video.sha256());
        if (EntityTags.noneMatchHits(ifNoneMatch, etag)) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            response.setHeader(HttpHeaders.ETAG, etag);
            return;
        }
        long size = video.sizeBytes();
        RangeSelection selection = EntityTags.rangeStillApplies(ifRange, etag) ? RangeHeader.select(range, size) : RangeSelection.WHOLE;
        if (selection instanceof RangeSelection.Unsatisfiable) {
            throw new ApiProblem(ProblemType.RANGE_NOT_SATISFIABLE, "The range starts beyond the video's " + size + " bytes.")
                    .header(HttpHeaders.CONTENT_RANGE, "bytes */" + size);
        }
        RangeSelection.Slice slice = selection instanceof RangeSelection.Slice s ? s : null;
        boolean head = HttpMethod.HEAD.matches(request.getMethod());
        // Open the object before writing any header, so a store failure can still answer as a problem.
        InputStream body = head ? InputStream.nullInputStream() : open(video, slice);
        try (body) {
            response.setStatus(slice == null ? HttpServletResponse.SC_OK : HttpServletResponse.SC_PARTIAL_CONTENT);
            response.setContentType(video.contentType());
            response.setContentLengthLong(slice == null ? size : slice.length());
            response.setHeader(HttpHeaders.ETAG, etag);
            response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
            if (slice != null) {
                response.setHeader(HttpHeaders.CONTENT_RANGE, slice.contentRange(size));
            }
            if (!head) {
                ContentCopy.copy(body, response.getOutputStream());
            }
        }
    }

    /**
     * The response is committed, so no problem can be written; letting the failure reach the servlet
     * container makes it close the connection, and the client sees a cut-off body instead of one that
     * silently stops short of its Content-Length.
     */
    @ExceptionHandler(ContentInterruptedException.class)
    void contentInterrupted(ContentInterruptedException e) {
        log.warn("event=content-interrupted error=\"{}\"", e.getMessage());
        throw e;
    }

    private InputStream open(Video video, RangeSelection.Slice slice) {
        return slice == null ? content.open(video, 0, null) : content.open(video, slice.first(), slice.length());
    }
}
