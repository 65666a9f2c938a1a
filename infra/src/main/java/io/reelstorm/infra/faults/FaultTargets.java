package io.reelstorm.infra.faults;

import io.reelstorm.infra.faults.FaultKind.TargetType;
import io.reelstorm.infra.stack.LinkSpec;
import io.reelstorm.infra.stack.Launchers;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.nio.file.Path;
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
        Set<String> dataCenters = new LinkedHashSet<>(topology.options().dataCenters());
        Set<String> stores = new LinkedHashSet<>();
        Set<String> instances = new LinkedHashSet<>();
        for (String dc : dataCenters) {
            Topology.STORES.forEach(store -> stores.add(dc + "/" + store));
            Topology.SERVICES.forEach(service -> instances.addAll(topology.instanceIds(dc, service)));
        }
        Set<String> links = new LinkedHashSet<>();
        topology.links().stream().map(LinkSpec::group).forEach(links::add);
        known.put(TargetType.DATA_CENTER, dataCenters);
        known.put(TargetType.STORE, stores);
        known.put(TargetType.INSTANCE, instances);
        known.put(TargetType.LINK, links);
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
