package io.reelstorm.infra.local;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.infra.stack.StackHome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * A stack started from nothing in its own folder for tests and experiments, stopped on {@link #close()}
 * or when the launcher exits. Its state, data and logs are wiped before it starts.
 */
public final class ScratchStack implements AutoCloseable {

    private final StackHome home;
    private final StackControl control;
    private final Thread stopOnExit;
    private StackState state;

    private ScratchStack(StackHome home) {
        this.home = home;
        this.control = new StackControl(home);
        this.stopOnExit = new Thread(control::stop, "scratch-stack-stop");
    }

    /** Starts the stack and waits until it is ready; throws when it is not ready in time (and stops what started). */
    public static ScratchStack start(StackHome home, List<String> superviseArguments, Duration timeout, Consumer<StackState> progress) {
        return start(home, superviseArguments, 0, timeout, progress);
    }

    /** As {@link #start(StackHome, List, Duration, Consumer)}, with the stack's local processes at the given niceness. */
    public static ScratchStack start(StackHome home, List<String> superviseArguments, int niceness, Duration timeout,
                                     Consumer<StackState> progress) {
        ScratchStack stack = new ScratchStack(home);
        stack.control.stop();
        home.wipe();
        Runtime.getRuntime().addShutdownHook(stack.stopOnExit);
        Process supervisor = stack.control.startSupervisor(superviseArguments, niceness);
        StackState outcome = stack.control.awaitOutcome(supervisor, timeout, progress);
        if (outcome.status() != StackState.Status.READY) {
            stack.close();
            throw new IllegalStateException("the stack did not start: " + outcome.detail() + " (logs in " + home.logs() + ")");
        }
        stack.state = outcome;
        return stack;
    }

    public StackState state() {
        return state;
    }

    public StackHome home() {
        return home;
    }

    public AdminClient admin() {
        try {
            return new AdminClient(state.adminUrl(), Files.readString(home.adminTokenFile()).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        control.stop();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or has run: it stops the stack itself
        }
    }
}
