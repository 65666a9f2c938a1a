package io.reelstorm.metrics.stats;

import io.reelstorm.common.ids.Ids;
import io.reelstorm.common.problem.ApiProblem;
import io.reelstorm.common.problem.ProblemType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Body of {@code POST /internal/views/counts}: {@code {"ids":[…]}}. */
record CountsRequest(List<String> ids) {

    static final int MAX_IDS = 500;

    /** The ids as asked, each mapped to its canonical form; a 400 problem when the request is unusable. */
    Map<String, String> validIds() {
        if (ids == null || ids.isEmpty() || ids.size() > MAX_IDS) {
            throw new ApiProblem(ProblemType.INVALID_REQUEST, "ids must list 1 to " + MAX_IDS + " video ids.")
                    .with("field", "ids");
        }
        Map<String, String> canonical = new LinkedHashMap<>();
        for (String id : ids) {
            canonical.put(id, Ids.videoId(id));
        }
        return canonical;
    }
}
