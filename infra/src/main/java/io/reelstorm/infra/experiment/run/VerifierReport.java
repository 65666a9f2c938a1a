package io.reelstorm.infra.experiment.run;

import java.util.List;

/** What the verifier found: clean, or each violation with the ids to look up. */
public record VerifierReport(boolean clean, long checkedVideos, List<Violation> violations) {

    public record Violation(String rule, String dc, String videoId, String detail) {
    }

    public static VerifierReport of(long checkedVideos, List<Violation> violations) {
        return new VerifierReport(violations.isEmpty(), checkedVideos, List.copyOf(violations));
    }
}
