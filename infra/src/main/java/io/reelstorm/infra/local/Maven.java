package io.reelstorm.infra.local;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the repository's Maven Wrapper with the JDK the launcher found, set up for Testcontainers on machines like CI's. */
public final class Maven {

    private final Path repository;

    public Maven(Path repository) {
        this.repository = repository;
    }

    /** Runs to the end with this process's console. */
    public int run(List<String> arguments) throws IOException, InterruptedException {
        return builder(arguments).inheritIO().start().waitFor();
    }

    /** Starts in the background, its output going to a file. */
    public Process start(List<String> arguments, Path output) throws IOException {
        return builder(arguments).redirectErrorStream(true).redirectOutput(output.toFile()).start();
    }

    private ProcessBuilder builder(List<String> arguments) {
        List<String> command = new ArrayList<>(List.of(repository.resolve("mvnw").toString(), "-B", "-ntp"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile());
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", JavaRuntime.java().getParent().getParent().toString());
        // No registry for the Ryuk image on machines like CI's, and a /.dockerenv that misleads Testcontainers.
        environment.putIfAbsent("TESTCONTAINERS_RYUK_DISABLED", "true");
        if (environment.getOrDefault("DOCKER_HOST", "unix://").startsWith("unix://")) {
            environment.putIfAbsent("TESTCONTAINERS_HOST_OVERRIDE", "localhost");
        }
        return builder;
    }

}
