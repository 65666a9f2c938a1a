package io.reelstorm.infra.local;

import io.reelstorm.infra.stack.ProcessSpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts the stack's processes so that none can outlive the supervisor: on Linux each is started
 * through {@code setpriv --pdeathsig KILL}, so the kernel kills it when its parent dies, even by
 * SIGKILL. The kernel ties that signal to the parent <em>thread</em>, which is why every process is
 * spawned from one long-lived thread.
 */
public final class ProcessLauncher implements AutoCloseable {

    private static final Path SETPRIV = Path.of("/usr/bin/setpriv");

    private final ExecutorService spawner = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "process-spawner");
        thread.setDaemon(true);
        return thread;
    });
    private final boolean parentDeathSignal = Files.isExecutable(SETPRIV);
    private final Map<String, String> environment;

    /** @param environment variables every process gets, e.g. the control token */
    public ProcessLauncher(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    public ProcessLauncher() {
        this(Map.of());
    }

    public Process start(ProcessSpec spec) {
        try {
            prepare(spec);
            return spawner.submit(() -> spawn(spec)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting " + spec.id(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("could not start " + spec.id() + ": " + e.getCause().getMessage(), e.getCause());
        }
    }

    private Process spawn(ProcessSpec spec) throws IOException {
        List<String> command = new ArrayList<>();
        if (parentDeathSignal) {
            command.addAll(List.of(SETPRIV.toString(), "--pdeathsig", "KILL", "--"));
        }
        command.addAll(spec.command());
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(spec.workDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(spec.log().toFile()));
        builder.environment().putAll(environment);
        builder.environment().put("REELSTORM_PROCESS", spec.id());
        return builder.start();
    }

    private static void prepare(ProcessSpec spec) {
        try {
            Files.createDirectories(spec.workDir());
            Files.createDirectories(spec.log().getParent());
            for (Map.Entry<Path, String> file : spec.files().entrySet()) {
                Files.createDirectories(file.getKey().getParent());
                Files.writeString(file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        spawner.shutdown();
    }
}
