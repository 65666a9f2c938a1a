package io.reelstorm.upload.video;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.web.Headers;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/videos")
@Tag(name = "videos", description = "Uploading, reading and deleting videos")
class VideoController {

    private final VideoUploadService uploads;
    private final VideoService videos;

    VideoController(VideoUploadService uploads, VideoService videos) {
        this.uploads = uploads;
        this.videos = videos;
    }

    @PostMapping
    @Operation(summary = "Upload a video (MP4, QuickTime, WebM or Matroska, recognised by its bytes)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadRequestForm.class))))
    @ApiResponse(responseCode = "201", description = "Stored; a replay of an Idempotency-Key also says Idempotent-Replayed: true")
    @ApiResponse(responseCode = "400", description = "Missing or malformed file, title, multipart body or header", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "413", description = "File larger than the limit", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "415", description = "Not a multipart/form-data request, or the file is no supported video", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "422", description = "Idempotency-Key reused with a different file", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<Video> upload(
            HttpServletRequest request,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The uploading creator, [a-z0-9_]{3,32}")
            @RequestHeader(name = Headers.CREATOR_ID, required = false) String creatorId,
            @Parameter(in = ParameterIn.HEADER, description = "Makes retries safe: 1 to 128 visible ASCII characters, kept 24 h")
            @RequestHeader(name = Headers.IDEMPOTENCY_KEY, required = false) String idempotencyKey) {
        UploadResult result = uploads.upload(request, creatorId, idempotencyKey);
        ResponseEntity.BodyBuilder response = ResponseEntity.created(URI.create("/api/videos/" + result.video().id()));
        if (result.replayed()) {
            response.header(Headers.IDEMPOTENT_REPLAYED, "true");
        }
        return response.body(result.video());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A video's metadata and view count")
    @ApiResponse(responseCode = "200", description = "The video")
    @ApiResponse(responseCode = "400", description = "Malformed id", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such video", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    VideoDetails get(@Parameter(description = "Video id (ULID)") @PathVariable String id) {
        return videos.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Delete a video (its creator only)")
    @ApiResponse(responseCode = "204", description = "Deleted: gone from the catalogue and the object store")
    @ApiResponse(responseCode = "403", description = "Not the creator of the video", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No such video", content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    ResponseEntity<Void> delete(
            @Parameter(description = "Video id (ULID)") @PathVariable String id,
            @Parameter(in = ParameterIn.HEADER, required = true, description = "The video's creator")
            @RequestHeader(name = Headers.CREATOR_ID, required = false) String creatorId) {
        videos.delete(id, creatorId);
        return ResponseEntity.noContent().build();
    }

    /** The multipart form of an upload, as the API description shows it. */
    @Schema(name = "UploadRequest", requiredProperties = {"file", "title"})
    record UploadRequestForm(
            @Schema(type = "string", format = "binary", description = "The video; its type is recognised from its bytes") String file,
            @Schema(maxLength = 200, description = "1 to 200 characters") String title) {
    }
}
