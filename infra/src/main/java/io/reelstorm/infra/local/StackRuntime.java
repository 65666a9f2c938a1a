package io.reelstorm.infra.local;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.link.Link;
import io.reelstorm.infra.link.LinkFault;
import io.reelstorm.infra.link.LinkProxies;
import io.reelstorm.infra.faults.FaultTargets;
import io.reelstorm.infra.stack.LinkSpec;
import io.reelstorm.infra.stack.ProcessKind;
import io.reelstorm.infra.stack.FixesInForce;
import io.reelstorm.infra.stack.ProcessSpec;
import io.reelstorm.infra.stack.RunningStack;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The running local stack: its processes (which faults may kill, freeze and bring back) and its link
 * proxies (which faults may degrade). A process held down by a fault restarts only when no fault
 * holds it down any more.
 */
public final class StackRuntime implements RunningStack {

    private static final Duration GRACE = Duration.ofSeconds(15);
    /** Spring Boot binds it to {@code reelstorm.control.token}; the environment keeps it out of {@code ps}. */
    static final String CONTROL_TOKEN_VARIABLE = "REELSTORM_CONTROL_TOKEN";

    private final Function<StackOptions, Topology> topologies;
    private final ProcessLauncher launcher;
    private final LinkProxies proxies = new LinkProxies();
    private final Map<String, List<Link>> linkGroups = new LinkedHashMap<>();
    private final Map<String, ProcessSpec> specs = new LinkedHashMap<>();
    private final Map<String, Process> processes = new LinkedHashMap<>();
    private final Map<String, Set<String>> heldDownBy = new HashMap<>();
    private final Set<String> ready = new HashSet<>();
    private final Map<String, Integer> unexpectedExits = new HashMap<>();
    private final Topology topology;
    private final FixesInForce fixes;
    private volatile boolean stopping;

    /**
     * @param topologies   the topology for a set of options (restarts use the fixes in force at that moment)
     * @param controlToken what every Java process requires to change its control surface
     */
    public StackRuntime(StackOptions options, Function<StackOptions, Topology> topologies, String controlToken) {
        this.topologies = topologies;
        this.launcher = new ProcessLauncher(Map.of(CONTROL_TOKEN_VARIABLE, controlToken));
        this.topology = topologies.apply(options);
        this.fixes = new FixesInForce(options.fixes());
        for (ProcessSpec spec : topology.processes()) {
            specs.put(spec.id(), spec);
        }
    }

    public Topology topology() {
        return topology;
    }

    @Override
    public List<String> dataCenters() {
        return topology.options().dataCenters();
    }

    @Override
    public FaultTargets faultTargets() {
        return new FaultTargets(topology);
    }

    @Override
    public synchronized List<ProcessSpec> specs() {
        return List.copyOf(specs.values());
    }

    @Override
    public synchronized Optional<ProcessSpec> spec(String id) {
        return Optional.ofNullable(specs.get(id));
    }

    @Override
    public Set<Fix> fixes() {
        return fixes.now();
    }

    @Override
    public void recordFix(Fix fix, boolean enabled) {
        fixes.record(fix, enabled);
    }

    @Override
    public void start() {
        openLinks();
        startAll();
    }

    /** Opens every link proxy of the topology (before any process starts, so every address answers). */
    public void openLinks() {
        for (LinkSpec link : topology.links()) {
            Link proxy = proxies.open(link.name(), link.port(), new InetSocketAddress("127.0.0.1", link.targetPort()));
            linkGroups.computeIfAbsent(link.group(), group -> new ArrayList<>()).add(proxy);
        }
    }

    /** The proxies of a link group ({@code gateway-east}, {@code east-west}, …), empty when unknown. */
    public List<Link> linkGroup(String group) {
        return linkGroups.getOrDefault(group, List.of());
    }

    @Override
    public void degrade(String group, LinkFault fault) {
        linkGroup(group).forEach(link -> link.apply(fault));
    }

    @Override
    public void healLink(String group, LinkFault.Kind kind) {
        linkGroup(group).forEach(link -> link.heal(kind));
    }

    @Override
    public Map<String, Object> linkView() {
        Map<String, Object> groups = new LinkedHashMap<>();
        linkGroups.forEach((group, links) -> {
            List<Map<String, Object>> proxies = new ArrayList<>();
            Set<String> active = new TreeSet<>();
            for (Link link : links) {
                proxies.add(Map.of("name", link.name(), "port", link.port(), "target", link.target().getPort()));
                link.faults().stream().map(fault -> fault.kind().id()).forEach(active::add);
            }
            groups.put(group, Map.of("proxies", proxies, "faults", List.copyOf(active)));
        });
        return groups;
    }

    public synchronized void startAll() {
        for (ProcessSpec spec : specs.values()) {
            start(spec);
        }
    }

    private void start(ProcessSpec spec) {
        Process process = launcher.start(spec);
        processes.put(spec.id(), process);
        ready.remove(spec.id());
        unexpectedExits.remove(spec.id());
        SupervisorLog.event("event=process-started process=%s pid=%d port=%d", spec.id(), process.pid(), spec.port());
    }

    @Override
    public synchronized Optional<ProcessHandle> process(String id) {
        return Optional.ofNullable(processes.get(id)).filter(Process::isAlive).map(Process::toHandle);
    }

    @Override
    public String health(String id) {
        if (isHeldDown(id)) {
            return "down (fault)";
        }
        if (!isAlive(id)) {
            Integer code = unexpectedExits().get(id);
            return code == null ? "down" : "exited(" + code + ")";
        }
        return spec(id).filter(Probes::ready).isPresent() ? "up" : "not ready";
    }

    @Override
    public synchronized boolean isReady(String id) {
        return ready.contains(id);
    }

    @Override
    public List<String> probe() {
        List<ProcessSpec> candidates;
        synchronized (this) {
            candidates = specs.values().stream()
                    .filter(spec -> !ready.contains(spec.id()) && isAlive(spec.id()) && !heldDownBy.containsKey(spec.id()))
                    .toList();
        }
        List<String> newlyReady = new ArrayList<>();
        for (ProcessSpec spec : candidates) {
            if (Probes.ready(spec)) {
                synchronized (this) {
                    if (ready.add(spec.id())) {
                        newlyReady.add(spec.id());
                        SupervisorLog.event("event=process-ready process=%s", spec.id());
                    }
                }
            }
        }
        return newlyReady;
    }

    @Override
    public synchronized Map<String, Integer> noticeUnexpectedExits() {
        Map<String, Integer> noticed = new LinkedHashMap<>();
        for (Map.Entry<String, Process> entry : processes.entrySet()) {
            String id = entry.getKey();
            Process process = entry.getValue();
            if (!stopping && !process.isAlive() && !heldDownBy.containsKey(id) && !unexpectedExits.containsKey(id)) {
                unexpectedExits.put(id, process.exitValue());
                ready.remove(id);
                noticed.put(id, process.exitValue());
                SupervisorLog.event("event=process-exited process=%s code=%d", id, process.exitValue());
            }
        }
        return noticed;
    }

    public synchronized Map<String, Integer> unexpectedExits() {
        return Map.copyOf(unexpectedExits);
    }

    @Override
    public synchronized boolean allReady() {
        return ready.size() == specs.size();
    }

    public synchronized boolean isAlive(String id) {
        Process process = processes.get(id);
        return process != null && process.isAlive();
    }

    /** SIGKILL to all of them first: no graceful shutdown, in-flight work lost. */
    @Override
    public synchronized void holdDown(List<String> ids, String faultId) {
        List<Process> dying = new ArrayList<>();
        for (String id : ids) {
            heldDownBy.computeIfAbsent(id, key -> new HashSet<>()).add(faultId);
            ready.remove(id);
            Process process = processes.get(id);
            if (process != null && process.isAlive()) {
                process.toHandle().destroyForcibly();
                dying.add(process);
            }
        }
        dying.forEach(process -> awaitQuietly(process, Duration.ofSeconds(5)));
        SupervisorLog.event("event=processes-killed processes=%s fault=%s", ids, faultId);
    }

    @Override
    public synchronized void release(List<String> ids, String faultId) {
        ids.forEach(id -> release(id, faultId));
    }

    private void release(String id, String faultId) {
        Set<String> holders = heldDownBy.get(id);
        if (holders == null || !holders.remove(faultId) || !holders.isEmpty()) {
            return;
        }
        heldDownBy.remove(id);
        if (!stopping && !isAlive(id)) {
            start(respec(id));
        }
    }

    public synchronized boolean isHeldDown(String id) {
        return heldDownBy.containsKey(id);
    }

    /** SIGSTOP: a frozen process accepts connections and then hangs. */
    @Override
    public void freeze(String id) {
        signal(id, "STOP");
    }

    @Override
    public void thaw(String id) {
        if (isAlive(id)) {
            signal(id, "CONT");
        }
    }

    private void signal(String id, String signal) {
        Process process;
        synchronized (this) {
            process = processes.get(id);
        }
        if (process == null) {
            throw new IllegalStateException(id + " is not running");
        }
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
            if (!kill.waitFor(5, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
            }
            SupervisorLog.event("event=process-signalled process=%s signal=%s", id, signal);
        } catch (IOException e) {
            throw new IllegalStateException("cannot signal " + id + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The process's spec as it would start now: with the fixes in force, not those of the first start. */
    private ProcessSpec respec(String id) {
        StackOptions current = new StackOptions(topology.options().dataCenters(), topology.options().portOffset(),
                topology.options().instances(), fixes.now());
        ProcessSpec spec = topologies.apply(current).processes().stream()
                .filter(candidate -> candidate.id().equals(id)).findFirst().orElseThrow();
        specs.put(id, spec);
        return spec;
    }

    /** Gateway first so no new work arrives, then services, stores last so services can finish writes. */
    @Override
    public void stopAll() {
        List<List<ProcessKind>> waves = List.of(List.of(ProcessKind.GATEWAY), List.of(ProcessKind.SERVICE),
                List.of(ProcessKind.OBJECT_STORE, ProcessKind.REDIS));
        synchronized (this) {
            stopping = true;
        }
        for (List<ProcessKind> wave : waves) {
            List<Process> stopping = new ArrayList<>();
            synchronized (this) {
                for (ProcessSpec spec : specs.values()) {
                    Process process = processes.get(spec.id());
                    if (process != null && wave.contains(spec.kind()) && process.isAlive()) {
                        if (spec.kind() != ProcessKind.GATEWAY && spec.kind() != ProcessKind.SERVICE) {
                            signalQuietly(process, "CONT");
                        }
                        process.destroy();
                        stopping.add(process);
                    }
                }
            }
            Instant deadline = Instant.now().plus(GRACE);
            for (Process process : stopping) {
                awaitQuietly(process, Duration.between(Instant.now(), deadline));
            }
        }
        proxies.close();
        launcher.close();
    }

    public boolean stopping() {
        return stopping;
    }

    private static void signalQuietly(Process process, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).start().waitFor(2, TimeUnit.SECONDS);
        } catch (IOException e) {
            // best effort: a process that cannot be continued is killed below anyway
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitQuietly(Process process, Duration timeout) {
        try {
            if (!process.waitFor(Math.max(1, timeout.toMillis()), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
