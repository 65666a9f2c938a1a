package io.reelstorm.common.testing;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.testcontainers.DockerClientFactory;

/** The condition behind {@link RequiresDocker}. */
public class DockerRequirement implements ExecutionCondition {

    private static volatile Boolean available;

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        if (dockerAvailable()) {
            return ConditionEvaluationResult.enabled("a Docker engine answers");
        }
        String what = context.getDisplayName();
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no Docker engine answers: " + what
                    + " must run in CI (start dockerd; see .ci/run)");
        }
        String reason = "SKIPPED " + what + ": no Docker engine answers (start Docker to run it; under CI=true this fails)";
        System.err.println("[reelstorm] " + reason);
        return ConditionEvaluationResult.disabled(reason);
    }

    static boolean dockerAvailable() {
        Boolean known = available;
        if (known == null) {
            known = isDockerAvailable();
            available = known;
        }
        return known;
    }

    private static boolean isDockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }
}
