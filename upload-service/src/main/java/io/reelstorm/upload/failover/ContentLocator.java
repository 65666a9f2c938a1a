package io.reelstorm.upload.failover;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.upload.storage.ObjectStore;
import io.reelstorm.upload.storage.ObjectStoreException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Finds a video's bytes: in this data center's store, and with {@code upload-failover} else in the
 * peer's (streamed through this service). What a user meets when neither works is what the real
 * outage showed: a video whose metadata is here but whose bytes are in a data center that cannot
 * serve them is unplayable for now (503), not missing (404).
 */
@Component
public class ContentLocator {

    static final Duration BYTES_ELSEWHERE_RETRY_AFTER = Duration.ofSeconds(10);

    private final ObjectPlacement placement;
    private final String here;

    ContentLocator(ObjectPlacement placement, DataCenter dataCenter) {
        this.placement = placement;
        this.here = dataCenter.name();
    }

    /**
     * The video's bytes from {@code offset}, {@code length} of them (all the rest when null).
     *
     * @throws ApiProblem 503 when the store that holds them cannot be read, 404 when no store has them
     */
    public InputStream open(Video video, long offset, Long length) {
        ObjectStoreException localFailure = null;
        try {
            Optional<InputStream> local = placement.local().read(video.id(), offset, length);
            if (local.isPresent()) {
                return local.get();
            }
        } catch (ObjectStoreException e) {
            localFailure = e;
        }
        Optional<ObjectStore> peer = placement.peer();
        if (peer.isEmpty()) {
            if (localFailure != null) {
                throw localFailure;
            }
            if (!here.equals(video.dc())) {
                throw bytesElsewhere(video, video.dc(), "they were never copied here");
            }
            throw notStored(video);
        }
        try {
            Optional<InputStream> remote = peer.get().read(video.id(), offset, length);
            if (remote.isPresent()) {
                return remote.get();
            }
        } catch (ObjectStoreException e) {
            if (localFailure != null) {
                throw localFailure;
            }
            throw bytesElsewhere(video, peer.get().location(), "that data center's store cannot be reached");
        }
        if (localFailure != null) {
            throw localFailure;
        }
        throw notStored(video);
    }

    private ApiProblem bytesElsewhere(Video video, String dc, String why) {
        return new ApiProblem(ProblemType.STORE_UNAVAILABLE, "The bytes of video " + video.id() + " are stored in data center " + dc
                + ", not in this one (" + here + "), and " + why + "; the video plays again when " + dc + " serves it.")
                .with("id", video.id())
                .with("storedIn", dc)
                .retryAfter(BYTES_ELSEWHERE_RETRY_AFTER);
    }

    private ApiProblem notStored(Video video) {
        return new ApiProblem(ProblemType.VIDEO_NOT_FOUND,
                "The bytes of video " + video.id() + " are not in " + (placement.mirrored() ? "any data center's" : "this data center's")
                        + " object store.").with("id", video.id());
    }
}
