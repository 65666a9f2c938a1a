package io.reelstorm.infra.link.server;

import io.reelstorm.common.problem.ProblemType;

/** A control request refused: answered as RFC 9457 problem details. {@code field} names the bad input, if any. */
final class ControlProblem extends RuntimeException {

    private final ProblemType type;
    private final String field;

    ControlProblem(ProblemType type, String detail, String field) {
        super(detail, null, false, false);
        this.type = type;
        this.field = field;
    }

    ControlProblem(ProblemType type, String detail) {
        this(type, detail, null);
    }

    ProblemType type() {
        return type;
    }

    String field() {
        return field;
    }
}
