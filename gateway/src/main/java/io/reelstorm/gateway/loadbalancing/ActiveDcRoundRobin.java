package io.reelstorm.gateway.loadbalancing;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.cloud.client.ServiceInstance;

/**
 * The naive choice of an instance: only the active data center counts, and its instances take turns.
 * Instances of other data centers are never chosen, even when none of the active one is left: failing
 * over is a manual step (it changes the active data center).
 */
public final class ActiveDcRoundRobin {

    /** The instance metadata key that names an instance's data center. */
    public static final String DC = "dc";

    private final Supplier<String> activeDc;
    private final AtomicInteger turns = new AtomicInteger();

    public ActiveDcRoundRobin(String activeDc) {
        this(() -> activeDc);
    }

    /** @param activeDc read at every choice, so that a failover takes effect at once */
    public ActiveDcRoundRobin(Supplier<String> activeDc) {
        this.activeDc = activeDc;
    }

    public Optional<ServiceInstance> choose(List<ServiceInstance> instances) {
        String active = activeDc.get();
        List<ServiceInstance> candidates = instances.stream()
                .filter(instance -> active.equals(instance.getMetadata().get(DC)))
                .toList();
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(candidates.get(Math.floorMod(turns.getAndIncrement(), candidates.size())));
    }
}
