package io.reelstorm.infra.stack;

import java.util.List;
import java.util.Map;

/**
 * What the user asked {@code up} for.
 *
 * @param dataCenters the data centers to run, e.g. {@code [east]}
 * @param portOffset  shifts every port of the plan
 * @param instances   instance count per service name (default 1)
 */
public record StackOptions(List<String> dataCenters, int portOffset, Map<String, Integer> instances) {

    public StackOptions {
        dataCenters = List.copyOf(dataCenters);
        instances = Map.copyOf(instances);
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
}
