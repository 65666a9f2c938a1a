package io.reelstorm.gateway.health;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.gateway.GatewayProperties;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The health of every configured instance, by instance id. Always kept up to date; routing uses it only while the
 * {@code dc-failover} fix is on. Exported as {@code reelstorm_gateway_instance_healthy}.
 */
@Component
public class InstanceHealthRegistry {

    private static final Logger log = LoggerFactory.getLogger(InstanceHealthRegistry.class);

    private final Map<String, InstanceHealth> instances = new LinkedHashMap<>();

    public InstanceHealthRegistry(GatewayProperties topology, HealthCheckProperties checks, MeterRegistry meters) {
        topology.services().forEach((service, configured) -> configured.instances().forEach(instance -> {
            InstanceHealth health = new InstanceHealth(checks.unhealthyThreshold(), checks.healthyThreshold());
            instances.put(instance.id(), health);
            Gauge.builder("reelstorm.gateway.instance.healthy", health, h -> h.healthy() ? 1 : 0)
                    .description("1 while the instance takes traffic as health checking sees it, else 0")
                    .tags("instance", instance.id(), "service", service, "upstream.dc", instance.dc())
                    .register(meters);
        }));
    }

    /** Unknown instances count as healthy: only what is checked can be ejected. */
    public boolean isHealthy(String instanceId) {
        InstanceHealth health = instances.get(instanceId);
        return health == null || health.healthy();
    }

    void recordCheck(String instanceId, boolean passed, String detail) {
        InstanceHealth health = instances.get(instanceId);
        if (health != null && health.recordCheck(passed)) {
            if (passed) {
                log.info("event=instance-healthy instance={} reason=health-checks-passed", instanceId);
            } else {
                log.warn("event=instance-unhealthy instance={} reason=health-checks-failed detail=\"{}\"", instanceId, detail);
            }
        }
    }

    /** Passive ejection: a call could not connect to the instance. */
    public void ejectUnreachable(String instanceId, String detail) {
        InstanceHealth health = instances.get(instanceId);
        if (health != null && health.eject()) {
            log.warn("event=instance-unhealthy instance={} reason=connection-failed detail=\"{}\"", instanceId, detail);
        }
    }
}
