package io.reelstorm.infra.stack;

import io.reelstorm.common.fixes.Fix;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the user asked {@code up} for.
 *
 * @param dataCenters the data centers to run; the first is the primary (naive traffic goes there)
 * @param portOffset  shifts every port of the plan
 * @param instances   instance count per service name (default 1)
 * @param fixes       the fixes on at start (empty: naive)
 */
public record StackOptions(List<String> dataCenters, int portOffset, Map<String, Integer> instances, Set<Fix> fixes) {

    public StackOptions {
        dataCenters = List.copyOf(dataCenters);
        instances = Map.copyOf(instances);
        fixes = fixes.isEmpty() ? EnumSet.noneOf(Fix.class) : EnumSet.copyOf(fixes);
        instances.forEach((service, count) -> {
            if (!Topology.SERVICES.contains(service)) {
                throw new IllegalArgumentException("unknown service '" + service + "' in --instances (known: " + Topology.SERVICES + ")");
            }
            if (count < 1 || count > 5) {
                throw new IllegalArgumentException("--instances " + service + "=" + count + ": between 1 and 5 instances");
            }
        });
    }

    public int instancesOf(String service) {
        return instances.getOrDefault(service, 1);
    }

    public boolean has(Fix fix) {
        return fixes.contains(fix);
    }

    public String primary() {
        return dataCenters.getFirst();
    }
}
