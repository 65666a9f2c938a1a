package io.reelstorm.infra.experiment.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The scenarios shipped with the repository: {@code load-tests/scenarios/<name>.yml}. */
public final class ScenarioCatalog {

    private static final String EXTENSION = ".yml";

    private final Path folder;

    public ScenarioCatalog(Path repositoryRoot) {
        this.folder = repositoryRoot.resolve("load-tests").resolve("scenarios");
    }

    /** The scenario names, sorted, e.g. {@code dc-partition}, {@code winter-storm}. */
    public List<String> names() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString())
                    .filter(file -> file.endsWith(EXTENSION))
                    .map(file -> file.substring(0, file.length() - EXTENSION.length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list scenarios in " + folder, e);
        }
    }

    /** Parses a scenario by name; an unknown name is an {@link IllegalArgumentException} listing the known ones. */
    public Scenario load(String name) {
        List<String> names = names();
        if (!names.contains(name)) {
            throw new IllegalArgumentException("unknown scenario '" + name + "'; known: "
                    + (names.isEmpty() ? "none (no scenario files in " + folder + ")" : String.join(", ", names)));
        }
        return ScenarioParser.parse(folder.resolve(name + EXTENSION));
    }
}
