package io.reelstorm.infra.local;

import io.reelstorm.infra.admin.AdminApi;
import io.reelstorm.infra.admin.AdminToken;
import io.reelstorm.infra.admin.StackView;
import io.reelstorm.infra.faults.FaultInjector;
import io.reelstorm.infra.stack.ProcessSpec;
import io.reelstorm.infra.stack.RunningStack;
import io.reelstorm.infra.stack.StackHome;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Owns a local stack: opens its links, starts its processes, serves the admin API, reports when all
 * are ready, notices deaths nobody asked for, and stops everything (gateway first, stores last) when
 * told to — by {@code down}, by Ctrl-C, or by its own end. Its state file is what {@code down} and
 * the CLI rely on.
 */
public final class Supervisor {

    private static final Duration POLL = Duration.ofMillis(200);

    private final RunningStack runtime;
    private final StackHome home;
    private final StateFile stateFile;
    private final SupervisorStatus status;
    private final int adminPort;
    private final FaultInjector faults;
    private volatile ConfigurableApplicationContext adminApi;
    private volatile String adminFailure;
    private volatile boolean stopped;

    private final AdminToken token;
    private final ServiceControl control;

    /** @param token the admin API's token, which the stack's processes also require on their control surface */
    public Supervisor(RunningStack runtime, StackHome home, AdminToken token, int gatewayPort, int adminPort) {
        this.runtime = runtime;
        this.home = home;
        this.token = token;
        this.control = new ServiceControl(token.value());
        this.stateFile = new StateFile(home.stateFile());
        this.adminPort = adminPort;
        this.status = new SupervisorStatus("http://127.0.0.1:" + gatewayPort, "http://127.0.0.1:" + adminPort);
        this.faults = new FaultInjector(runtime, control, Clock.systemUTC());
    }

    /** Starts everything and supervises until stopped. Returns non-zero when the stack never became ready. */
    public int run(Duration readyTimeout) {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stack-stop"));
        Instant deadline = Instant.now().plus(readyTimeout);
        try {
            // Published first: 'down' and an experiment that is stopped find this supervisor by its state file,
            // also while a compose stack's images build and its containers start.
            publish(StackState.Status.STARTING, "starting " + runtime.specs().size() + " processes");
            runtime.start();
            startAdminApi();
            String failure = awaitReady(deadline);
            if (failure != null) {
                publish(StackState.Status.FAILED, failure);
                SupervisorLog.event("event=stack-failed reason=\"%s\"", failure);
                stop();
                return 1;
            }
            publish(StackState.Status.READY, "all " + runtime.specs().size() + " processes ready");
            SupervisorLog.event("event=stack-ready processes=%d startSeconds=%.1f", runtime.specs().size(), status.startSeconds());
            watch();
            return 0;
        } catch (RuntimeException e) {
            publish(StackState.Status.FAILED, String.valueOf(e.getMessage()));
            SupervisorLog.event("event=stack-failed reason=\"%s\"", e.getMessage());
            stop();
            return 1;
        }
    }

    /** In the background: the processes boot meanwhile, and the stack is ready only once both are. */
    private void startAdminApi() {
        Thread.ofPlatform().name("admin-api-start").start(() -> {
            try {
                adminApi = AdminApi.start(adminPort, token, runtime, faults, control, new StackView(runtime, faults, status));
            } catch (RuntimeException e) {
                adminFailure = "the admin API did not start on port " + adminPort + ": " + e.getMessage();
            }
        });
    }

    private String awaitReady(Instant deadline) {
        while (!stopped) {
            if (!runtime.probe().isEmpty()) {
                publish(StackState.Status.STARTING, "waiting for readiness");
            }
            Map<String, Integer> exits = runtime.noticeUnexpectedExits();
            if (!exits.isEmpty()) {
                Map.Entry<String, Integer> first = exits.entrySet().iterator().next();
                ProcessSpec spec = runtime.spec(first.getKey()).orElseThrow();
                return first.getKey() + " exited with code " + first.getValue() + " before it was ready; see " + spec.log();
            }
            if (adminFailure != null) {
                return adminFailure;
            }
            if (runtime.allReady() && adminApi != null) {
                return null;
            }
            if (Instant.now().isAfter(deadline)) {
                List<String> late = runtime.specs().stream().map(ProcessSpec::id).filter(id -> !runtime.isReady(id)).toList();
                return "not ready in time: " + late;
            }
            sleep(POLL);
        }
        return "stopped while starting";
    }

    /** After start: notice deaths nobody asked for, and processes a fault brought back becoming ready. */
    private void watch() {
        while (!stopped) {
            boolean changed = !runtime.noticeUnexpectedExits().isEmpty();
            changed |= !runtime.probe().isEmpty();
            if (changed) {
                publish(StackState.Status.READY, status.detail());
            }
            sleep(Duration.ofSeconds(1));
        }
    }

    synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        SupervisorLog.event("event=stack-stopping");
        publish(StackState.Status.STOPPING, "stopping");
        faults.close();
        if (adminApi != null) {
            adminApi.close();
        }
        runtime.stopAll();
        stateFile.delete();
        SupervisorLog.event("event=stack-stopped");
    }

    private void publish(StackState.Status newStatus, String detail) {
        status.set(newStatus, detail);
        ProcessHandle self = ProcessHandle.current();
        List<StackState.Member> members = new ArrayList<>();
        for (ProcessSpec spec : runtime.specs()) {
            ProcessHandle process = runtime.process(spec.id()).orElse(null);
            members.add(new StackState.Member(spec.id(), spec.dc(), spec.kind().name().toLowerCase(), spec.port(), spec.url(),
                    process == null ? 0 : process.pid(), process == null ? null : OwnProcesses.startOf(process),
                    spec.log().toString(), runtime.isReady(spec.id())));
        }
        stateFile.write(new StackState(self.pid(), OwnProcesses.startOf(self), newStatus, detail, status.startSeconds(),
                status.gatewayUrl(), status.adminUrl(), runtime.dataCenters(), members));
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
