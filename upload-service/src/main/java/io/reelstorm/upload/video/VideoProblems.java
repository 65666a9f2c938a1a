package io.reelstorm.upload.video;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;

/** Problems about one video that several endpoints answer alike. */
public final class VideoProblems {

    private VideoProblems() {
    }

    public static ApiProblem notFound(String videoId) {
        return new ApiProblem(ProblemType.VIDEO_NOT_FOUND, "There is no video " + videoId + ".").with("id", videoId);
    }
}
