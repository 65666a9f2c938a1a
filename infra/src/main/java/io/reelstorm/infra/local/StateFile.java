package io.reelstorm.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Reads and atomically replaces the stack's state file. */
public final class StateFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Path path;

    public StateFile(Path path) {
        this.path = path;
    }

    public Path path() {
        return path;
    }

    public synchronized void write(StackState state) {
        try {
            Files.createDirectories(path.getParent());
            Path partial = path.resolveSibling(path.getFileName() + ".part");
            Files.writeString(partial, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(state));
            Files.move(partial, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Optional<StackState> read() {
        if (!Files.isRegularFile(path)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(Files.readString(path), StackState.class));
        } catch (IOException | JacksonException e) {
            return Optional.empty();
        }
    }

    public void delete() {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String toJson(Object value) {
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(value);
    }
}
