package io.reelstorm.upload.upload;

import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import org.springframework.util.unit.DataSize;

/**
 * The file may be up to {@code maxSize}; the whole request may be larger by what the multipart
 * framing (boundaries, part headers, the title) needs.
 */
record SizeLimits(long maxFileBytes) {

    /** Room for the multipart framing and the other parts around the file. */
    static final long MULTIPART_ALLOWANCE = 64 * 1024;

    static SizeLimits of(DataSize maxSize) {
        return new SizeLimits(maxSize.toBytes());
    }

    long maxRequestBytes() {
        return maxFileBytes + MULTIPART_ALLOWANCE;
    }

    ApiProblem tooLarge() {
        return new ApiProblem(ProblemType.PAYLOAD_TOO_LARGE,
                "The file is larger than the limit of " + readable(maxFileBytes) + ".")
                .with("maxSizeBytes", maxFileBytes);
    }

    private static String readable(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + "MB"
                : bytes % 1024 == 0 ? bytes / 1024 + "KB"
                : bytes + " bytes";
    }
}
