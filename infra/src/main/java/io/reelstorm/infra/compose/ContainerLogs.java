package io.reelstorm.infra.compose;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * Copies each container's log into {@code <logs>/<service>.log}, where {@code ./reelstorm logs}
 * reads the local stack's: one {@code docker logs -f} per running container, started again (from where
 * the last stopped) when a container comes back after a fault.
 */
final class ContainerLogs implements AutoCloseable {

    private final Path folder;
    private final Map<String, Process> followers = new HashMap<>();
    private final Map<String, Instant> followedUntil = new HashMap<>();

    ContainerLogs(Path folder) {
        this.folder = folder;
    }

    Path file(String service) {
        return folder.resolve(service + ".log");
    }

    /** Follows every running container not followed yet. */
    synchronized void follow(Map<String, ContainerState> containers) {
        containers.values().stream().filter(ContainerState::running).forEach(this::follow);
    }

    private void follow(ContainerState container) {
        Process follower = followers.get(container.service());
        if (follower != null && follower.isAlive()) {
            return;
        }
        if (follower != null) {
            followedUntil.put(container.service(), Instant.now());
        }
        Instant since = followedUntil.getOrDefault(container.service(), Instant.EPOCH);
        try {
            Files.createDirectories(folder);
            ProcessBuilder.Redirect append = ProcessBuilder.Redirect.appendTo(file(container.service()).toFile());
            followers.put(container.service(), new ProcessBuilder("docker", "logs", "-f", "--since",
                    Long.toString(since.getEpochSecond()), container.id())
                    .redirectOutput(append).redirectError(append).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .start());
        } catch (IOException e) {
            // no log copy for this container: the stack runs on; 'docker logs' still has it
        }
    }

    @Override
    public synchronized void close() {
        followers.values().forEach(Process::destroy);
        followers.clear();
    }
}
