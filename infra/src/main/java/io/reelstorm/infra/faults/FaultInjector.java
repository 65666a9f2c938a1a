package io.reelstorm.infra.faults;

import io.reelstorm.infra.link.LinkFault;
import io.reelstorm.infra.local.ServiceControl;
import io.reelstorm.infra.local.SupervisorLog;
import io.reelstorm.infra.stack.Durations;
import io.reelstorm.infra.stack.ProcessSpec;
import io.reelstorm.infra.stack.RunningStack;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Applies faults to the running stack and heals them: processes are killed, frozen and brought back,
 * links degraded through their proxies, instances slowed and the load balancer skewed through their
 * control surface. A fault with a duration heals by itself.
 */
public final class FaultInjector implements AutoCloseable {

    private record Applied(Fault fault, Runnable heal, ScheduledFuture<?> timer) {
    }

    private final RunningStack runtime;
    private final FaultTargets targets;
    private final ServiceControl control;
    private final Clock clock;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "fault-timer");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Applied> active = new LinkedHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    public FaultInjector(RunningStack runtime, ServiceControl control, Clock clock) {
        this.runtime = runtime;
        this.targets = runtime.faultTargets();
        this.control = control;
        this.clock = clock;
    }

    public synchronized List<Fault> active() {
        return active.values().stream().map(Applied::fault).toList();
    }

    /** Validates and applies a fault; throws {@link InvalidFaultException} naming the bad field. */
    public synchronized Fault inject(FaultRequest request) {
        FaultKind kind = FaultKind.fromId(request.kind()).orElseThrow(() -> new InvalidFaultException("kind",
                "unknown fault kind '" + request.kind() + "'; known: " + FaultKind.ids()));
        Duration duration = duration(request.forDuration());
        Map<String, Long> options = FaultOptions.validate(kind, request.options());
        String target = targets.check(kind, request.target());
        String id = "f" + sequence.incrementAndGet();
        Runnable heal = apply(id, kind, target, options);
        Instant now = clock.instant();
        Fault fault = new Fault(id, kind.id(), target, options, now, duration == null ? null : now.plus(duration));
        ScheduledFuture<?> expiry = duration == null ? null
                : timer.schedule(() -> heal(id), duration.toMillis(), TimeUnit.MILLISECONDS);
        active.put(id, new Applied(fault, heal, expiry));
        SupervisorLog.event("event=fault-injected fault=%s kind=%s target=%s options=%s for=%s", id, kind.id(), target, options,
                duration == null ? "-" : duration);
        return fault;
    }

    /** Heals one fault; false when no such fault is in force. */
    public synchronized boolean heal(String id) {
        Applied applied = active.remove(id);
        if (applied == null) {
            return false;
        }
        if (applied.timer() != null) {
            applied.timer().cancel(false);
        }
        applied.heal().run();
        SupervisorLog.event("event=fault-healed fault=%s kind=%s target=%s", id, applied.fault().kind(), applied.fault().target());
        return true;
    }

    /** Heals every fault, newest first; returns how many. */
    public synchronized int healAll() {
        List<String> ids = new ArrayList<>(active.keySet());
        Collections.reverse(ids);
        ids.forEach(this::heal);
        return ids.size();
    }

    private Runnable apply(String id, FaultKind kind, String target, Map<String, Long> options) {
        return switch (kind) {
            case POWER_LOSS -> powerLoss(id, target);
            case STORE_OUTAGE -> {
                runtime.holdDown(List.of(target), id);
                yield () -> runtime.release(List.of(target), id);
            }
            case STORE_FREEZE -> {
                runtime.freeze(target);
                yield () -> runtime.thaw(target);
            }
            case LINK_PARTITION, LINK_LATENCY, LINK_LOSS, LINK_RESET, LINK_BANDWIDTH -> degrade(target, kind.linkFault(options));
            case SLOW_INSTANCE -> {
                ProcessSpec instance = runtime.spec(target).orElseThrow();
                control.send(instance, "PUT", "/internal/faults/slow", "{\"ms\":" + options.get("ms") + "}");
                yield () -> control.send(instance, "DELETE", "/internal/faults/slow", null);
            }
            case LB_SKEW -> {
                String service = serviceOf(target);
                ProcessSpec gateway = runtime.spec("gateway").orElseThrow();
                control.send(gateway, "PUT", "/internal/routing/skew", "{\"service\":\"" + service + "\",\"instance\":\"" + target + "\"}");
                yield () -> control.send(gateway, "DELETE", "/internal/routing/skew/" + service, null);
            }
        };
    }

    /** Every process of the data center dies at once, stores included; healing brings them all back. */
    private Runnable powerLoss(String id, String dc) {
        List<String> members = runtime.specs().stream().filter(spec -> dc.equals(spec.dc())).map(ProcessSpec::id).toList();
        runtime.holdDown(members, id);
        return () -> runtime.release(members, id);
    }

    private Runnable degrade(String group, LinkFault fault) {
        runtime.degrade(group, fault);
        return () -> runtime.healLink(group, fault.kind());
    }

    private static String serviceOf(String instanceId) {
        return instanceId.substring(instanceId.indexOf('/') + 1).replaceFirst("#\\d+$", "");
    }

    private static Duration duration(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Durations.parse(text);
        } catch (IllegalArgumentException e) {
            throw new InvalidFaultException("for", e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
