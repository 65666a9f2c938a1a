package io.reelstorm.infra.local;

import io.reelstorm.infra.stack.StackHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The launcher's side of a local stack: starts a detached supervisor, waits for it to report the
 * stack ready, and stops it (and, should it be gone, any process of ours it left).
 */
public final class StackControl {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path NICE = Path.of("/usr/bin/nice");

    private final StackHome home;
    private final StateFile stateFile;

    public StackControl(StackHome home) {
        this.home = home;
        this.stateFile = new StateFile(home.stateFile());
    }

    public StateFile stateFile() {
        return stateFile;
    }

    /** The state of a stack whose supervisor still runs. */
    public Optional<StackState> running() {
        return stateFile.read().filter(state -> OwnProcesses.find(state.supervisorPid(), state.supervisorStarted()).isPresent());
    }

    /**
     * Starts the supervisor in its own session (so it outlives this command) with the given
     * {@code supervise} arguments.
     */
    public Process startSupervisor(List<String> superviseArguments) {
        return startSupervisor(superviseArguments, 0);
    }

    /**
     * As {@link #startSupervisor(List)}, with the supervisor and every process it starts at the given
     * niceness (0: as this command; higher: lower CPU priority), where {@code nice} exists.
     */
    public Process startSupervisor(List<String> superviseArguments, int niceness) {
        stateFile.delete();
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(SETSID)) {
            command.add(SETSID.toString());
        }
        if (niceness != 0 && Files.isExecutable(NICE)) {
            command.addAll(List.of(NICE.toString(), "-n", Integer.toString(niceness)));
        }
        AppImages.Image image = new AppImages(home.apps()).prepare("infra", launcherJar());
        command.add(JavaRuntime.java().toString());
        command.add("-Xmx256m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-XX:+AutoCreateSharedArchive");
        command.add("-XX:SharedArchiveFile=" + image.classDataArchive());
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-Dreelstorm.root=" + System.getProperty("reelstorm.root", "."));
        command.add("-Dreelstorm.launcher.jar=" + launcherJar());
        command.add("-jar");
        command.add(image.jar().toString());
        command.add("--home=" + home.root());
        command.add("supervise");
        command.addAll(superviseArguments);
        try {
            Files.createDirectories(home.logs());
            return new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(home.supervisorLog().toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until the stack is ready or failed; {@code progress} sees every change of state. */
    public StackState awaitOutcome(Process supervisor, Duration timeout, Consumer<StackState> progress) {
        Instant deadline = Instant.now().plus(timeout);
        StackState last = null;
        while (Instant.now().isBefore(deadline)) {
            Optional<StackState> state = stateFile.read();
            if (state.isPresent() && !state.get().equals(last)) {
                last = state.get();
                progress.accept(last);
            }
            if (state.isPresent() && state.get().status() != StackState.Status.STARTING) {
                return state.get();
            }
            if (!supervisor.isAlive()) {
                throw new IllegalStateException("the supervisor exited (code " + supervisor.exitValue() + "); see " + home.supervisorLog());
            }
            sleep();
        }
        throw new IllegalStateException("the stack was not ready within " + timeout.toSeconds() + " s; see " + home.logs());
    }

    /** Stops the stack; returns how many processes were still running. */
    public int stop() {
        Optional<StackState> recorded = stateFile.read();
        if (recorded.isEmpty()) {
            return 0;
        }
        StackState state = recorded.get();
        int stopped = 0;
        Optional<ProcessHandle> supervisor = OwnProcesses.find(state.supervisorPid(), state.supervisorStarted());
        if (supervisor.isPresent()) {
            stopped += (int) state.processes().stream().filter(m -> OwnProcesses.find(m.pid(), m.pidStarted()).isPresent()).count();
            supervisor.get().destroy();
            awaitExit(supervisor.get(), Duration.ofSeconds(60));
        }
        for (StackState.Member member : state.processes()) {
            Optional<ProcessHandle> leftover = OwnProcesses.find(member.pid(), member.pidStarted());
            if (leftover.isPresent()) {
                leftover.get().destroyForcibly();
                awaitExit(leftover.get(), Duration.ofSeconds(10));
                if (supervisor.isEmpty()) {
                    stopped++;
                }
            }
        }
        stateFile.delete();
        return stopped;
    }

    /** The launcher's own executable jar, passed by {@code ./reelstorm}. */
    static Path launcherJar() {
        String jar = System.getProperty("reelstorm.launcher.jar");
        if (jar == null) {
            throw new IllegalStateException("reelstorm.launcher.jar is not set: run through ./reelstorm");
        }
        return Path.of(jar);
    }

    private static void awaitExit(ProcessHandle handle, Duration timeout) {
        try {
            handle.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            handle.destroyForcibly();
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
