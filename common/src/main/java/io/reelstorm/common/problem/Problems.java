package io.reelstorm.common.problem;

import org.springframework.http.ProblemDetail;

/** Builds problem details with ReelStorm's stable types. */
public final class Problems {

    private Problems() {
    }

    public static ProblemDetail of(ProblemType type, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(type.status(), detail);
        problem.setType(type.uri());
        problem.setTitle(type.title());
        return problem;
    }

    /** Gives a problem that Spring built with {@code about:blank} the stable type for its status. */
    public static ProblemDetail withStableType(ProblemDetail problem) {
        if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
            ProblemType type = ProblemType.forStatus(problem.getStatus());
            problem.setType(type.uri());
            if (problem.getTitle() == null) {
                problem.setTitle(type.title());
            }
        }
        return problem;
    }
}
