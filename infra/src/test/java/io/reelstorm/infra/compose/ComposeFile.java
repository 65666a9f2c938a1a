package io.reelstorm.infra.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** {@code infra/docker-compose.yml} as plain maps (YAML merge keys resolved), for tests to read. */
final class ComposeFile {

    static final Path PATH = Path.of("docker-compose.yml");

    private final Map<String, Object> root;

    private ComposeFile(Map<String, Object> root) {
        this.root = root;
    }

    static ComposeFile load() {
        try {
            return new ComposeFile(new Yaml(new LoaderOptions()).load(Files.readString(PATH)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Map<String, Map<String, Object>> services() {
        return map(root.get("services"));
    }

    Map<String, Object> service(String name) {
        return Objects.requireNonNull(services().get(name), "no service " + name);
    }

    List<String> networks(String service) {
        return list(service(service).get("networks"));
    }

    List<String> command(String service) {
        return list(service(service).get("command"));
    }

    @SuppressWarnings("unchecked")
    static <T> Map<String, T> map(Object value) {
        return value == null ? Map.of() : (Map<String, T>) value;
    }

    @SuppressWarnings("unchecked")
    static <T> List<Map<String, T>> listOfMaps(Object value) {
        return value == null ? List.of() : (List<Map<String, T>>) value;
    }

    @SuppressWarnings("unchecked")
    static List<String> list(Object value) {
        return value == null ? List.of() : (List<String>) value;
    }
}
