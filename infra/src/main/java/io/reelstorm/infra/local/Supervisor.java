package io.reelstorm.infra.local;

import io.reelstorm.infra.stack.ProcessKind;
import io.reelstorm.infra.stack.ProcessSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Owns every process of a local stack: starts them all, records them in the state file, reports when
 * all are ready, notices when one dies, and stops them all (gateway first, stores last) when it is
 * told to stop — by {@code down}, by Ctrl-C, or by its own end.
 */
public final class Supervisor {

    private static final Duration POLL = Duration.ofMillis(200);
    private static final Duration GRACE = Duration.ofSeconds(15);

    private final List<ProcessSpec> specs;
    private final StateFile stateFile;
    private final List<String> dataCenters;
    private final String gatewayUrl;
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Boolean> ready = new LinkedHashMap<>();
    private final Map<String, Integer> exits = new LinkedHashMap<>();
    private final ProcessLauncher launcher = new ProcessLauncher();
    private StackState state;
    private volatile boolean stopping;

    public Supervisor(List<ProcessSpec> specs, StateFile stateFile, List<String> dataCenters, String gatewayUrl) {
        this.specs = List.copyOf(specs);
        this.stateFile = stateFile;
        this.dataCenters = List.copyOf(dataCenters);
        this.gatewayUrl = gatewayUrl;
    }

    /** Starts everything and supervises until stopped. Returns non-zero when the stack never became ready. */
    public int run(Duration readyTimeout) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stopAll, "stack-stop"));
        Instant started = Instant.now();
        ProcessHandle self = ProcessHandle.current();
        state = new StackState(self.pid(), OwnProcesses.startOf(self), StackState.Status.STARTING, "starting",
                started.toString(), null, gatewayUrl, dataCenters, List.of());
        publish(StackState.Status.STARTING, "starting " + specs.size() + " processes", null);
        try {
            for (ProcessSpec spec : specs) {
                processes.put(spec.id(), launcher.start(spec));
                ready.put(spec.id(), false);
                log("event=process-started process=%s pid=%d port=%d", spec.id(), processes.get(spec.id()).pid(), spec.port());
            }
            publish(StackState.Status.STARTING, "waiting for readiness", null);
            String failure = awaitReady(started.plus(readyTimeout));
            if (failure != null) {
                publish(StackState.Status.FAILED, failure, null);
                log("event=stack-failed reason=\"%s\"", failure);
                stopAll();
                return 1;
            }
            double seconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            publish(StackState.Status.READY, "all " + specs.size() + " processes ready", seconds);
            log("event=stack-ready processes=%d startSeconds=%.1f", specs.size(), seconds);
            watch();
            return 0;
        } catch (RuntimeException e) {
            publish(StackState.Status.FAILED, e.getMessage(), null);
            log("event=stack-failed reason=\"%s\"", e.getMessage());
            stopAll();
            return 1;
        }
    }

    private String awaitReady(Instant deadline) {
        while (!stopping) {
            boolean allReady = true;
            for (ProcessSpec spec : specs) {
                if (ready.get(spec.id())) {
                    continue;
                }
                Process process = processes.get(spec.id());
                if (!process.isAlive()) {
                    return spec.id() + " exited with code " + process.exitValue() + " before it was ready; see " + spec.log();
                }
                if (Probes.ready(spec)) {
                    ready.put(spec.id(), true);
                    log("event=process-ready process=%s", spec.id());
                    publish(StackState.Status.STARTING, spec.id() + " ready", null);
                } else {
                    allReady = false;
                }
            }
            if (allReady) {
                return null;
            }
            if (Instant.now().isAfter(deadline)) {
                List<String> late = specs.stream().map(ProcessSpec::id).filter(id -> !ready.get(id)).toList();
                return "not ready in time: " + late;
            }
            sleep(POLL);
        }
        return "stopped while starting";
    }

    private void watch() {
        while (!stopping) {
            for (ProcessSpec spec : specs) {
                Process process = processes.get(spec.id());
                if (!process.isAlive() && !exits.containsKey(spec.id()) && !stopping) {
                    exits.put(spec.id(), process.exitValue());
                    log("event=process-exited process=%s code=%d", spec.id(), process.exitValue());
                    publish(StackState.Status.READY, spec.id() + " exited with code " + process.exitValue(), state.startSeconds());
                }
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    /** Gateway first so no new work arrives, then services, stores last so services can finish writes. */
    synchronized void stopAll() {
        if (stopping && processes.values().stream().noneMatch(Process::isAlive)) {
            return;
        }
        stopping = true;
        log("event=stack-stopping processes=%d", processes.size());
        if (state != null) {
            publish(StackState.Status.STOPPING, "stopping", state.startSeconds());
        }
        for (List<ProcessKind> wave : List.of(List.of(ProcessKind.GATEWAY), List.of(ProcessKind.SERVICE),
                List.of(ProcessKind.OBJECT_STORE, ProcessKind.REDIS))) {
            List<Process> stopping = new ArrayList<>();
            for (ProcessSpec spec : specs) {
                Process process = processes.get(spec.id());
                if (process != null && wave.contains(spec.kind()) && process.isAlive()) {
                    process.destroy();
                    stopping.add(process);
                }
            }
            awaitExit(stopping);
        }
        launcher.close();
        stateFile.delete();
        log("event=stack-stopped");
    }

    private static void awaitExit(List<Process> stopping) {
        Instant deadline = Instant.now().plus(GRACE);
        for (Process process : stopping) {
            try {
                long left = Math.max(1, Duration.between(Instant.now(), deadline).toMillis());
                if (!process.waitFor(left, TimeUnit.MILLISECONDS)) {
                    process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private synchronized void publish(StackState.Status status, String detail, Double seconds) {
        List<StackState.Member> members = new ArrayList<>();
        for (ProcessSpec spec : specs) {
            Process process = processes.get(spec.id());
            long pid = process == null ? 0 : process.pid();
            String pidStarted = process == null ? null : OwnProcesses.startOf(process.toHandle());
            members.add(new StackState.Member(spec.id(), spec.dc(), spec.kind().name().toLowerCase(), spec.port(), spec.url(),
                    pid, pidStarted, spec.log().toString(), Boolean.TRUE.equals(ready.get(spec.id())), exits.get(spec.id())));
        }
        state = state.with(status, detail, seconds, members);
        stateFile.write(state);
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void log(String format, Object... args) {
        System.out.println(Instant.now() + " " + String.format(format, args));
    }
}
