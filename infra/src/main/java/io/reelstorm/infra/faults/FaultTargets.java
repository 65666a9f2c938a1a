package io.reelstorm.infra.faults;

import io.reelstorm.infra.faults.FaultKind.TargetType;
import io.reelstorm.infra.stack.LinkSpec;
import io.reelstorm.infra.stack.Launchers;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The targets faults may name in one topology: its data centers, stores, service instances and link groups. */
public final class FaultTargets {

    /** Planning a topology's names never starts a process, so nothing may ask how to. */
    private static final Launchers NOT_LAUNCHED = new Launchers() {
        @Override
        public List<String> redisServer() {
            throw notLaunched();
        }

        @Override
        public List<String> s3proxy(Path properties) {
            throw notLaunched();
        }

        @Override
        public List<String> javaApp(String app, String processId) {
            throw notLaunched();
        }

        private IllegalStateException notLaunched() {
            return new IllegalStateException("a topology planned for its fault targets is never launched");
        }
    };

    private final Map<TargetType, Set<String>> known = new EnumMap<>(TargetType.class);

    public FaultTargets(Topology topology) {
        this(topology.options().dataCenters(), instancesOf(topology),
                topology.links().stream().map(LinkSpec::group).toList());
    }

    /**
     * @param instances  every service instance, e.g. {@code east/feed-service}, {@code east/feed-service#2}
     * @param linkGroups the link groups faults may degrade
     */
    public FaultTargets(List<String> dataCenters, List<String> instances, Collection<String> linkGroups) {
        Set<String> stores = new LinkedHashSet<>();
        for (String dc : dataCenters) {
            Topology.STORES.forEach(store -> stores.add(dc + "/" + store));
        }
        known.put(TargetType.DATA_CENTER, new LinkedHashSet<>(dataCenters));
        known.put(TargetType.STORE, stores);
        known.put(TargetType.INSTANCE, new LinkedHashSet<>(instances));
        known.put(TargetType.LINK, new LinkedHashSet<>(linkGroups));
    }

    private static List<String> instancesOf(Topology topology) {
        List<String> instances = new ArrayList<>();
        for (String dc : topology.options().dataCenters()) {
            Topology.SERVICES.forEach(service -> instances.addAll(topology.instanceIds(dc, service)));
        }
        return instances;
    }

    /** The targets of a stack started with these options, without starting it (e.g. to check a scenario file). */
    public static FaultTargets planned(StackOptions options) {
        return new FaultTargets(new Topology(options, new StackHome(Path.of(".reelstorm")), NOT_LAUNCHED, ""));
    }

    /** Returns the target, or throws {@link InvalidFaultException} on field {@code target}. */
    public String check(FaultKind kind, String target) {
        if (target == null || target.isBlank()) {
            throw new InvalidFaultException("target", kind.id() + " needs a target: " + kind.targetType().description());
        }
        if (!known.get(kind.targetType()).contains(target)) {
            throw new InvalidFaultException("target", "unknown target '" + target + "' for " + kind.id() + ": expected "
                    + kind.targetType().description());
        }
        return target;
    }
}
