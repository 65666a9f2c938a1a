package io.reelstorm.infra.compose;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Which Compose CLI this machine has: the {@code docker compose} plugin (v2) or {@code docker-compose} (v1). */
final class ComposeTool {

    private static final List<List<String>> CANDIDATES = List.of(List.of("docker", "compose"), List.of("docker-compose"));

    private ComposeTool() {
    }

    static List<String> command() {
        for (List<String> candidate : CANDIDATES) {
            if (answers(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("--stack compose needs Docker Compose: neither 'docker compose' nor 'docker-compose' answers");
    }

    private static boolean answers(List<String> candidate) {
        try {
            Process process = new ProcessBuilder(concat(candidate, "version")).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static List<String> concat(List<String> command, String argument) {
        return java.util.stream.Stream.concat(command.stream(), java.util.stream.Stream.of(argument)).toList();
    }
}
