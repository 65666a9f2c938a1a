package io.reelstorm.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Compose itself accepts the files (the stack alone, with Prometheus and Grafana, with MinIO): {@code docker-compose config} (v1, what Debian and CI have) and
 * {@code docker compose config} (v2) where installed. Without either the test is skipped with a
 * message, except under {@code CI=true}, where CI must have installed v1.
 */
class ComposeConfigIT {

    private static final String OBSERVABILITY = "docker-compose.observability.yml";
    private static final String MINIO = "docker-compose.minio.yml";

    @Test
    void composeAcceptsTheFile() throws IOException, InterruptedException {
        List<List<String>> composers = new ArrayList<>();
        if (answers(List.of("docker-compose", "version"))) {
            composers.add(List.of("docker-compose"));
        }
        if (answers(List.of("docker", "compose", "version"))) {
            composers.add(List.of("docker", "compose"));
        }
        if (composers.isEmpty()) {
            assertThat(System.getenv("CI")).as("CI=true must have docker-compose installed (.ci/run does)").isNotEqualTo("true");
            System.err.println("[skipped] ComposeConfigIT: neither docker-compose nor docker compose is installed");
            assumeThat(composers).as("a compose tool is installed").isNotEmpty();
        }
        for (List<String> composer : composers) {
            for (List<String> files : List.of(List.of(ComposeFile.PATH.toString()),
                    List.of(ComposeFile.PATH.toString(), OBSERVABILITY), List.of(ComposeFile.PATH.toString(), MINIO))) {
                List<String> command = new ArrayList<>(composer);
                files.forEach(file -> command.addAll(List.of("-f", file)));
                command.addAll(List.of("config", "-q"));
                Result result = run(command);
                assertThat(result.exitCode()).as(String.join(" ", command) + "\n" + result.output()).isZero();
            }
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static boolean answers(List<String> command) throws InterruptedException {
        try {
            return run(command).exitCode() == 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Result(-1, "timed out");
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Result(process.exitValue(), output);
    }
}
