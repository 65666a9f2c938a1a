package io.reelstorm.infra.compose;

import java.util.List;
import java.util.stream.Stream;

/** Which Compose CLI this machine has: the {@code docker compose} plugin (v2) or {@code docker-compose} (v1). */
final class ComposeTool {

    private static final List<List<String>> CANDIDATES = List.of(List.of("docker", "compose"), List.of("docker-compose"));

    private ComposeTool() {
    }

    static List<String> command() {
        for (List<String> candidate : CANDIDATES) {
            if (Commands.succeed(Stream.concat(candidate.stream(), Stream.of("version")).toList())) {
                return candidate;
            }
        }
        throw new IllegalStateException("--stack compose needs Docker Compose: neither 'docker compose' nor 'docker-compose' answers");
    }
}
