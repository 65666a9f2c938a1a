package io.reelstorm.infra.compose;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A compose project driven through the Compose CLI the machine has ({@code docker compose}, else
 * {@code docker-compose}) and {@code docker inspect}. Containers are found by the labels both Compose
 * versions set, so their naming schemes do not matter.
 */
final class ComposeCli implements ComposeProject {

    private static final Duration COMMAND_LIMIT = Duration.ofMinutes(10);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<String> compose;
    private final String name;
    private final Path file;
    private final Map<String, String> environment;

    /**
     * @param name        the project name (containers, networks and volumes are prefixed with it)
     * @param environment variables the compose file interpolates, over the caller's own and {@code .env}
     */
    ComposeCli(String name, Path file, Map<String, String> environment) {
        this.compose = ComposeTool.command();
        this.name = name;
        this.file = file;
        this.environment = Map.copyOf(environment);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void up() {
        compose(List.of("up", "-d", "--build", "--remove-orphans"));
    }

    @Override
    public void kill(List<String> services) {
        compose(concat(List.of("kill", "-s", "SIGKILL"), services));
    }

    /** {@code docker start}: power comes back to a whole data center at once. */
    @Override
    public void start(List<ContainerState> containers) {
        if (!containers.isEmpty()) {
            run(concat(List.of("docker", "start"), containers.stream().map(ContainerState::id).toList()));
        }
    }

    @Override
    public void pause(String service) {
        compose(List.of("pause", service));
    }

    @Override
    public void unpause(String service) {
        compose(List.of("unpause", service));
    }

    @Override
    public void down() {
        compose(List.of("down", "-v", "--remove-orphans", "-t", "10"));
    }

    @Override
    public Map<String, ContainerState> containers() {
        String ids = run(List.of("docker", "ps", "-a", "-q", "--no-trunc", "--filter", "label=com.docker.compose.project=" + name));
        List<String> command = new ArrayList<>(List.of("docker", "inspect"));
        ids.lines().map(String::strip).filter(id -> !id.isEmpty()).forEach(command::add);
        Map<String, ContainerState> containers = new LinkedHashMap<>();
        if (command.size() == 2) {
            return containers;
        }
        try {
            for (JsonNode container : JSON.readTree(run(command))) {
                ContainerState state = ContainerState.of(container);
                containers.put(state.service(), state);
            }
        } catch (JacksonException e) {
            throw new IllegalStateException("docker inspect answered what is not JSON: " + e.getMessage(), e);
        }
        return containers;
    }

    private void compose(List<String> arguments) {
        List<String> command = new ArrayList<>(compose);
        command.addAll(List.of("-p", name, "-f", file.toString()));
        command.addAll(arguments);
        run(command);
    }

    private String run(List<String> command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(file.getParent().toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(COMMAND_LIMIT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish within " + COMMAND_LIMIT);
            }
            String text = new String(output, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command.subList(0, Math.min(command.size(), 8))) + " failed ("
                        + process.exitValue() + "): " + tail(text));
            }
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + command.getFirst() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running " + command.getFirst(), e);
        }
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
