package io.reelstorm.upload.idempotency;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import io.reelstorm.common.web.Headers;

/**
 * What an {@code Idempotency-Key} committed: the video answered and the hash of the file it was for.
 *
 * @param sha256 SHA-256 of the file first uploaded with the key
 * @param video  the video then answered
 */
public record IdempotencyRecord(String sha256, Video video) {

    /**
     * The answer to a request that reuses the key: the same video when it carries the same file,
     * otherwise a 422 problem.
     */
    public Video replayFor(String incomingSha256) {
        if (!sha256.equals(incomingSha256)) {
            throw new ApiProblem(ProblemType.IDEMPOTENCY_KEY_REUSED,
                    "This Idempotency-Key was already used for a different file; use a new key for a new upload.")
                    .with("field", Headers.IDEMPOTENCY_KEY);
        }
        return video;
    }
}
