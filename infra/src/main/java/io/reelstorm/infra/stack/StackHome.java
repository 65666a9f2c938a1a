package io.reelstorm.infra.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The folder that holds a local stack's state: {@code run/} (the state file), {@code data/} (one
 * folder per store), {@code logs/} (one file per process), {@code apps/} (unpacked service jars and
 * their class-data archives). Defaults to {@code .reelstorm/} in the repository.
 */
public record StackHome(Path root) {

    public Path stateFile() {
        return root.resolve("run").resolve("stack.json");
    }

    /** The admin API's bearer token, written by {@code up}. */
    public Path adminTokenFile() {
        return root.resolve("run").resolve("admin-token");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String processId) {
        return logs().resolve(fileName(processId) + ".log");
    }

    public Path data(String processId) {
        return root.resolve("data").resolve(fileName(processId));
    }

    public Path apps() {
        return root.resolve("apps");
    }

    public Path supervisorLog() {
        return logs().resolve("supervisor.log");
    }

    /** Deletes all data, logs and run files (not the unpacked apps): the next start is a fresh stack. */
    public void wipe() {
        for (Path dir : List.of(root.resolve("data"), logs(), root.resolve("run"))) {
            if (!Files.exists(dir)) {
                continue;
            }
            try (Stream<Path> paths = Files.walk(dir)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** {@code east/feed-service#2} → {@code east-feed-service-2}. */
    static String fileName(String processId) {
        return processId.replace('/', '-').replace('#', '-');
    }
}
