package io.reelstorm.infra.stack;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One process of the stack, fully described: what to run, where it listens and logs, and the files
 * it needs written before it starts.
 *
 * @param id      the target name users type, e.g. {@code east/redis-meta}, {@code east/feed-service#2}, {@code gateway}
 * @param dc      the data center, or null for the global gateway
 * @param command the full command line
 * @param url     how clients reach it ({@code http://…} or {@code redis://…})
 * @param files   files (path → content) to write before starting, e.g. a store's configuration
 */
public record ProcessSpec(String id, String dc, ProcessKind kind, int port, String url, List<String> command,
                          Path workDir, Path log, Map<Path, String> files) {

    public ProcessSpec {
        command = List.copyOf(command);
        files = Map.copyOf(files);
    }
}
