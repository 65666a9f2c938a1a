package io.reelstorm.infra.compose;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.faults.FaultTargets;
import io.reelstorm.infra.link.LinkFault;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.local.SupervisorLog;
import io.reelstorm.infra.stack.ProcessKind;
import io.reelstorm.infra.stack.FixesInForce;
import io.reelstorm.infra.stack.ProcessSpec;
import io.reelstorm.infra.stack.RunningStack;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The stack as the containers of {@code infra/docker-compose.yml}: power loss kills every container of
 * a data center and restore starts them; a store outage kills one, a freeze pauses it; link faults go
 * to the link containers' control API (and are put back on a link container that restarts). This
 * machine reaches containers at their network addresses, as a Linux host does.
 */
public final class ComposeRuntime implements RunningStack {

    /** A member of the stack and the compose service that runs it. */
    private record Member(String id, String dc, String service, ProcessKind kind, int port) {
    }

    private final ComposeProject project;
    private final List<String> dataCenters;
    private final List<Member> members = new ArrayList<>();
    private final LinkControl links;
    private final ServiceControl services;
    /** The fixes the containers were created with: a container that restarts comes back with these. */
    private final Set<Fix> createdWith;
    private final ContainerLogs logs;
    private final int gatewayPort;
    private final FixesInForce fixes;
    private final Map<String, Set<String>> heldDownBy = new HashMap<>();
    private final Set<String> frozen = new HashSet<>();
    private final Set<String> ready = new HashSet<>();
    private final Map<String, Integer> unexpectedExits = new HashMap<>();
    private final Map<String, Map<LinkFault.Kind, LinkFault>> linkFaults = new LinkedHashMap<>();
    /** Link group → the link containers that carry it: each DC's gateway routes on its own link, the DC-to-DC routes on both. */
    private final Map<String, List<String>> linkGroups = new LinkedHashMap<>();
    private volatile Map<String, ContainerState> containers = Map.of();

    /**
     * @param links    the link containers' control API
     * @param services the services' control surface, to hand a restarted container the fixes switched since it was created
     * @param logs     where each container's log is copied, as {@code <service>.log}
     */
    ComposeRuntime(StackOptions options, ComposeProject project, LinkControl links, ServiceControl services, int gatewayPort, Path logs) {
        if (!options.dataCenters().equals(List.of("east", "west"))) {
            throw new IllegalArgumentException("the compose stack has data centers east and west, not " + options.dataCenters());
        }
        options.instances().forEach((service, count) -> {
            if (count != 1) {
                throw new IllegalArgumentException("the compose stack runs one instance of each service; --instances "
                        + service + "=" + count + " needs the local stack");
            }
        });
        this.project = project;
        this.fixes = new FixesInForce(options.fixes());
        this.dataCenters = options.dataCenters();
        this.links = links;
        this.services = services;
        this.createdWith = fixes.now();
        this.gatewayPort = gatewayPort;
        this.logs = new ContainerLogs(logs);
        for (String dc : dataCenters) {
            members.add(new Member(dc + "/redis-meta", dc, dc + "-redis-meta", ProcessKind.REDIS, 6379));
            members.add(new Member(dc + "/redis-counters", dc, dc + "-redis-counters", ProcessKind.REDIS, 6379));
            members.add(new Member(dc + "/objects", dc, dc + "-objects", ProcessKind.OBJECT_STORE, 80));
            members.add(new Member(dc + "/link", dc, dc + "-link", ProcessKind.LINK, LinkControl.PORT));
            for (String service : Topology.SERVICES) {
                members.add(new Member(dc + "/" + service, dc, dc + "-" + service, ProcessKind.SERVICE, 8080));
            }
        }
        for (String dc : dataCenters) {
            linkGroups.put(Topology.gatewayLink(dc), List.of(dc + "-link"));
        }
        linkGroups.put(Topology.interDcLink(dataCenters), dataCenters.stream().map(dc -> dc + "-link").toList());
        members.add(new Member(Topology.EDGE_REDIS, null, "edge-redis", ProcessKind.REDIS, 6379));
        members.add(new Member("gateway", null, "gateway", ProcessKind.GATEWAY, gatewayPort));
    }

    @Override
    public List<String> dataCenters() {
        return dataCenters;
    }

    @Override
    public FaultTargets faultTargets() {
        List<String> instances = members.stream().filter(member -> member.kind() == ProcessKind.SERVICE).map(Member::id).toList();
        return new FaultTargets(dataCenters, instances, linkGroups.keySet());
    }

    @Override
    public List<ProcessSpec> specs() {
        return members.stream().map(this::spec).toList();
    }

    @Override
    public Optional<ProcessSpec> spec(String id) {
        return member(id).map(this::spec);
    }

    private Optional<Member> member(String id) {
        return members.stream().filter(member -> member.id().equals(id)).findFirst();
    }

    private ProcessSpec spec(Member member) {
        String host = member.kind() == ProcessKind.GATEWAY ? "127.0.0.1"
                : Optional.ofNullable(containers.get(member.service())).map(ContainerState::address).filter(a -> !a.isEmpty())
                .orElse(member.service());
        String scheme = member.kind() == ProcessKind.REDIS ? "redis" : "http";
        return new ProcessSpec(member.id(), member.dc(), member.kind(), member.port(), scheme + "://" + host + ":" + member.port(),
                List.of(), Path.of("."), logs.file(member.service()), Map.of());
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
        SupervisorLog.event("event=compose-up project=%s", project.name());
        project.up();
        refresh();
    }

    @Override
    public List<String> probe() {
        refresh();
        logs.follow(containers);
        List<String> newlyReady = new ArrayList<>();
        List<String> linksBack = new ArrayList<>();
        List<String> javaBack = new ArrayList<>();
        synchronized (this) {
            for (Member member : members) {
                ContainerState container = containers.get(member.service());
                boolean healthy = container != null && container.healthy() && !heldDownBy.containsKey(member.id());
                if (healthy && ready.add(member.id())) {
                    newlyReady.add(member.id());
                    SupervisorLog.event("event=process-ready process=%s", member.id());
                    if (member.kind() == ProcessKind.LINK) {
                        linksBack.add(member.service());
                    } else if (member.kind() == ProcessKind.SERVICE || member.kind() == ProcessKind.GATEWAY) {
                        javaBack.add(member.id());
                    }
                } else if (!healthy) {
                    ready.remove(member.id());
                }
            }
        }
        linksBack.forEach(this::restoreLinkFaults);
        javaBack.forEach(this::restoreFixes);
        return newlyReady;
    }

    /** A container restarted after a fault comes back with the fixes it was created with: switch it to those in force. */
    private void restoreFixes(String id) {
        Set<Fix> now = fixes();
        for (Fix fix : Fix.values()) {
            if (fix.switchableAtRuntime() && now.contains(fix) != createdWith.contains(fix)) {
                try {
                    services.send(spec(id).orElseThrow(), "PUT", "/internal/fixes/" + fix.id(), "{\"enabled\":" + now.contains(fix) + "}");
                } catch (IllegalStateException e) {
                    SupervisorLog.event("event=fix-not-restored process=%s fix=%s reason=\"%s\"", id, fix.id(), e.getMessage());
                }
            }
        }
    }

    @Override
    public synchronized boolean isReady(String id) {
        return ready.contains(id);
    }

    @Override
    public synchronized boolean allReady() {
        return ready.size() == members.size();
    }

    @Override
    public synchronized Map<String, Integer> noticeUnexpectedExits() {
        Map<String, Integer> noticed = new LinkedHashMap<>();
        for (Member member : members) {
            ContainerState container = containers.get(member.service());
            if (container == null || !container.stopped() || heldDownBy.containsKey(member.id())) {
                unexpectedExits.remove(member.id());
            } else if (!unexpectedExits.containsKey(member.id())) {
                unexpectedExits.put(member.id(), container.exitCode());
                noticed.put(member.id(), container.exitCode());
                SupervisorLog.event("event=process-exited process=%s code=%d", member.id(), container.exitCode());
            }
        }
        return noticed;
    }

    @Override
    public synchronized String health(String id) {
        if (heldDownBy.containsKey(id)) {
            return "down (fault)";
        }
        Member member = member(id).orElseThrow();
        ContainerState container = containers.get(member.service());
        if (container == null) {
            return "down";
        }
        return switch (container.status()) {
            case "paused" -> frozen.contains(id) ? "frozen (fault)" : "paused";
            case "exited", "dead" -> "exited(" + container.exitCode() + ")";
            case "running" -> container.healthy() ? "up" : "not ready";
            default -> container.status();
        };
    }

    /** Containers are not processes of this machine. */
    @Override
    public Optional<ProcessHandle> process(String id) {
        return Optional.empty();
    }

    @Override
    public synchronized void holdDown(List<String> ids, String faultId) {
        List<String> services = new ArrayList<>();
        for (String id : ids) {
            if (heldDownBy.computeIfAbsent(id, key -> new HashSet<>()).add(faultId) && heldDownBy.get(id).size() == 1) {
                services.add(member(id).orElseThrow().service());
            }
            ready.remove(id);
        }
        if (!services.isEmpty()) {
            project.kill(services);
        }
        SupervisorLog.event("event=containers-killed processes=%s fault=%s", ids, faultId);
        refresh();
    }

    @Override
    public synchronized void release(List<String> ids, String faultId) {
        List<String> services = new ArrayList<>();
        for (String id : ids) {
            Set<String> holders = heldDownBy.get(id);
            if (holders != null && holders.remove(faultId) && holders.isEmpty()) {
                heldDownBy.remove(id);
                services.add(member(id).orElseThrow().service());
            }
        }
        if (!services.isEmpty()) {
            project.start(services.stream().map(containers::get).filter(Objects::nonNull).toList());
            SupervisorLog.event("event=containers-started services=%s fault=%s", services, faultId);
        }
        refresh();
    }

    @Override
    public synchronized void freeze(String id) {
        project.pause(member(id).orElseThrow().service());
        frozen.add(id);
        refresh();
    }

    @Override
    public synchronized void thaw(String id) {
        if (frozen.remove(id)) {
            project.unpause(member(id).orElseThrow().service());
            refresh();
        }
    }

    @Override
    public void degrade(String group, LinkFault fault) {
        synchronized (this) {
            linkFaults.computeIfAbsent(group, key -> new EnumMap<>(LinkFault.Kind.class)).put(fault.kind(), fault);
        }
        for (String link : linkGroups.getOrDefault(group, List.of())) {
            runningAddress(link).ifPresent(address -> links.apply(address, group, fault));
        }
    }

    @Override
    public void healLink(String group, LinkFault.Kind kind) {
        synchronized (this) {
            Map<LinkFault.Kind, LinkFault> active = linkFaults.get(group);
            if (active != null) {
                active.remove(kind);
            }
        }
        for (String link : linkGroups.getOrDefault(group, List.of())) {
            runningAddress(link).ifPresent(address -> links.heal(address, group, kind));
        }
    }

    /** A link container starts with no faults: put back those still in force on its groups. */
    private void restoreLinkFaults(String link) {
        Optional<String> address = runningAddress(link);
        if (address.isEmpty()) {
            return;
        }
        linkGroups.forEach((group, carriers) -> {
            if (carriers.contains(link)) {
                List<LinkFault> active;
                synchronized (this) {
                    active = List.copyOf(linkFaults.getOrDefault(group, Map.of()).values());
                }
                for (LinkFault fault : active) {
                    links.apply(address.get(), group, fault);
                    SupervisorLog.event("event=link-fault-restored link=%s group=%s kind=%s", link, group, fault.kind());
                }
            }
        });
    }

    private Optional<String> runningAddress(String service) {
        return Optional.ofNullable(containers.get(service)).filter(ContainerState::running).map(ContainerState::address)
                .filter(address -> !address.isEmpty());
    }

    @Override
    public synchronized Map<String, Object> linkView() {
        Map<String, Object> view = new LinkedHashMap<>();
        linkGroups.forEach((group, carriers) -> {
            Set<String> active = new TreeSet<>();
            linkFaults.getOrDefault(group, Map.of()).keySet().forEach(kind -> active.add(kind.id()));
            view.put(group, Map.of("links", carriers, "faults", List.copyOf(active)));
        });
        return view;
    }

    @Override
    public void stopAll() {
        SupervisorLog.event("event=compose-down project=%s", project.name());
        project.down();
        logs.close();
    }

    private void refresh() {
        containers = project.containers();
    }
}
