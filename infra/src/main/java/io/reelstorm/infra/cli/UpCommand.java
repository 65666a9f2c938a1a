package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.StackControl;
import io.reelstorm.infra.local.StackState;
import io.reelstorm.infra.stack.Artifacts;
import io.reelstorm.infra.stack.StackKind;
import io.reelstorm.infra.stack.StackOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "up", mixinStandardHelpOptions = true,
        header = "Start ReelStorm on this machine (no Docker): data centers east and west, and the gateway on :8080.",
        description = {"Each data center has two Redis stores (metadata, counters), an S3Proxy object store and upload-,",
                "feed- and metrics-service; every hop runs through a link proxy that faults can degrade. Returns once",
                "everything is ready; the stack keeps running until './reelstorm down'. Ctrl-C while it starts stops",
                "everything. The admin API (faults, fixes, failover) listens on :8090 with the token in run/admin-token."})
public class UpCommand implements Callable<Integer> {

    /** The conventional exit status after Ctrl-C (128 + SIGINT). */
    private static final int INTERRUPTED = 130;

    @ParentCommand
    private ReelstormCli cli;

    @Mixin
    private StackOptionsMixin stack;

    @Option(names = "--timeout", converter = DurationConverter.class,
            description = "How long the stack may take to become ready (default 180s; 480s with --stack compose).")
    private Duration timeout;

    @Option(names = "--foreground", description = "Stay attached: supervise here and stop everything on Ctrl-C.")
    private boolean foreground;

    @Override
    public Integer call() {
        StackOptions options = stack.toOptions();
        StackKind kind = stack.kind();
        Duration timeout = this.timeout == null ? kind.readyTimeout() : this.timeout;
        StackControl control = new StackControl(cli.stackHome());
        Optional<StackState> running = control.running();
        if (running.isPresent()) {
            System.out.println("ReelStorm is already running (" + running.get().gatewayUrl() + "); './reelstorm down' stops it.");
            AdminAccess.client(cli.stackHome()).ifPresent(admin -> StatusView.print(admin.state(), System.out));
            return 0;
        }
        control.stop();
        List<Path> missing = new Artifacts(cli.repository()).missing();
        if (!missing.isEmpty()) {
            System.err.println("Not built yet: " + missing + "\nRun ./reelstorm (it builds what is missing) or ./mvnw -DskipTests package.");
            return 2;
        }
        if (foreground) {
            return SuperviseCommand.supervise(cli, options, kind, timeout);
        }
        long startedAt = System.nanoTime();
        System.out.printf("Starting ReelStorm (data centers %s behind one gateway, fixes: %s)%s%n",
                String.join(" + ", options.dataCenters()), stack.fixes, kind == StackKind.COMPOSE
                        ? " as containers of infra/docker-compose.yml (images are built first); progress in " + cli.stackHome().supervisorLog()
                        : "; logs in " + cli.stackHome().logs());
        List<String> arguments = new ArrayList<>(stack.toArguments());
        arguments.addAll(List.of("--timeout", timeout.toSeconds() + "s"));
        Process supervisor = control.startSupervisor(arguments);
        AtomicBoolean interrupted = new AtomicBoolean();
        Thread stopOnInterrupt = new Thread(() -> {
            interrupted.set(true);
            System.err.println("\nInterrupted: stopping everything that was started.");
            control.stop();
        }, "up-interrupted");
        Runtime.getRuntime().addShutdownHook(stopOnInterrupt);
        try {
            StackState outcome = control.awaitOutcome(supervisor, timeout.plusSeconds(15), new ReadinessProgress(System.out));
            if (interrupted.get()) {
                return INTERRUPTED;
            }
            if (outcome.status() != StackState.Status.READY) {
                System.err.println("ReelStorm did not start: " + outcome.detail());
                printLogTail(outcome);
                control.stop();
                return 1;
            }
            printReady(outcome, Duration.ofNanos(System.nanoTime() - startedAt));
            return 0;
        } catch (IllegalStateException e) {
            if (interrupted.get()) {
                return INTERRUPTED;
            }
            System.err.println("ReelStorm did not start: " + e.getMessage());
            control.stop();
            return 1;
        } finally {
            if (!interrupted.get()) {
                Runtime.getRuntime().removeShutdownHook(stopOnInterrupt);
            }
        }
    }

    private void printReady(StackState state, Duration wallTime) {
        System.out.printf("%nReelStorm is up in %.1f s (processes started and ready in %.1f s).%n%n",
                wallTime.toMillis() / 1000.0, state.startSeconds());
        AdminAccess.client(cli.stackHome()).ifPresent(admin -> StatusView.print(admin.state(), System.out));
        System.out.printf("%n  Gateway (the only public entry): %s%n", state.gatewayUrl());
        System.out.printf("  Try:   curl %s/api/feed%n", state.gatewayUrl());
        System.out.printf("  API:   %s/v3/api-docs%n", state.gatewayUrl());
        System.out.println("  Watch: ./reelstorm status | ./reelstorm logs [TARGET]      Break: ./reelstorm fault --help      Stop: ./reelstorm down");
    }

    /** Shows the end of the log of the process that failed, which usually says why. */
    private static void printLogTail(StackState state) {
        state.processes().stream()
                .filter(member -> state.detail().startsWith(member.id() + " "))
                .findFirst()
                .ifPresent(member -> {
                    try {
                        List<String> lines = Files.readAllLines(Path.of(member.log()));
                        System.err.println("--- last lines of " + member.log());
                        lines.subList(Math.max(0, lines.size() - 25), lines.size()).forEach(System.err::println);
                    } catch (IOException e) {
                        System.err.println("(could not read " + member.log() + ")");
                    }
                });
    }
}
