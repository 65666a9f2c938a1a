package io.reelstorm.gateway;

import io.reelstorm.gateway.routing.ContractRoutes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where the services are and how long the gateway waits for them ({@code reelstorm.gateway.*}).
 *
 * @param activeDc   the data center that takes all traffic at start (naive mode: {@code east}; {@code west} is a warm
 *                   standby); the operator's failover changes it at runtime
 * @param services   every routed service with its instances in every data center
 * @param timeouts   how long to wait for a connection and for a response
 * @param retryAfter what {@code Retry-After} tells clients when a service is unavailable
 * @param apiDocs    how the aggregated OpenAPI description is gathered
 */
@Validated
@ConfigurationProperties("reelstorm.gateway")
public record GatewayProperties(
        @DefaultValue("east") @Pattern(regexp = DC_NAME, message = "must be a short lower-case name such as east") String activeDc,
        @NotNull Map<String, @Valid Service> services,
        @DefaultValue @Valid Timeouts timeouts,
        @DefaultValue("5s") Duration retryAfter,
        @DefaultValue @Valid ApiDocs apiDocs) {

    static final String DC_NAME = "[a-z][a-z0-9-]{0,15}";

    public GatewayProperties {
        for (String routed : ContractRoutes.SERVICES) {
            if (services == null || !services.containsKey(routed)) {
                throw new IllegalArgumentException("reelstorm.gateway.services." + routed
                        + ".instances must list the instances of " + routed + " (dc and url of each)");
            }
        }
        if (retryAfter.isNegative() || retryAfter.isZero()) {
            throw new IllegalArgumentException("reelstorm.gateway.retry-after must be positive");
        }
        services = withInstanceIds(services);
    }

    /** Every data center that has an instance of some service, in alphabetical order. */
    public List<String> dataCenters() {
        Set<String> dcs = new TreeSet<>();
        services.values().forEach(service -> service.instances().forEach(instance -> dcs.add(instance.dc())));
        return List.copyOf(dcs);
    }

    public Service service(String name) {
        Service service = services.get(name);
        if (service == null) {
            throw new IllegalArgumentException("No service named " + name + " under reelstorm.gateway.services");
        }
        return service;
    }

    /** The response timeout of one service: its own if set, otherwise the gateway-wide one. */
    public Duration responseTimeout(String service) {
        Duration own = service(service).responseTimeout();
        return own != null ? own : timeouts.response();
    }

    /**
     * @param instances       the instances of the service in every data center
     * @param responseTimeout overrides {@code reelstorm.gateway.timeouts.response} for this service
     */
    public record Service(@NotEmpty List<@Valid Instance> instances, Duration responseTimeout) {
    }

    /**
     * @param id  how the control surface and the launcher name this instance, e.g. {@code east/feed-service#2};
     *            by default {@code <dc>/<service>} for the first instance of a data center and
     *            {@code <dc>/<service>#n} for the n-th
     * @param dc  the data center this instance belongs to
     * @param url its base URL, e.g. {@code http://127.0.0.1:8181}
     */
    public record Instance(
            @Pattern(regexp = INSTANCE_ID, message = "must look like east/feed-service#2") String id,
            @NotNull @Pattern(regexp = DC_NAME, message = "must be a short lower-case name such as east") String dc,
            @NotNull URI url) {

        static final String INSTANCE_ID = "[a-z0-9][a-z0-9/#._-]{0,63}";

        @ConstructorBinding
        public Instance {
            if (url != null && (url.getHost() == null
                    || !("http".equals(url.getScheme()) || "https".equals(url.getScheme())))) {
                throw new IllegalArgumentException("an instance url must be http(s)://host[:port], not " + url);
            }
        }

        /** An instance whose id is given by its place among the instances of its service. */
        public Instance(String dc, URI url) {
            this(null, dc, url);
        }
    }

    /** Gives every instance without an id the one the launcher uses, and refuses an id used twice. */
    private static Map<String, Service> withInstanceIds(Map<String, Service> services) {
        Map<String, Service> named = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        services.forEach((name, service) -> {
            if (service == null || service.instances() == null) {
                named.put(name, service);
                return;
            }
            Map<String, Integer> perDc = new HashMap<>();
            List<Instance> instances = new ArrayList<>();
            for (int i = 0; i < service.instances().size(); i++) {
                Instance instance = service.instances().get(i);
                int n = perDc.merge(instance.dc(), 1, Integer::sum);
                String id = instance.id() != null ? instance.id() : instance.dc() + "/" + name + (n > 1 ? "#" + n : "");
                if (!taken.add(id)) {
                    throw new IllegalArgumentException("reelstorm.gateway.services." + name + ".instances[" + i + "].id: '"
                            + id + "' names two instances; every instance needs its own id");
                }
                instances.add(new Instance(id, instance.dc(), instance.url()));
            }
            named.put(name, new Service(List.copyOf(instances), service.responseTimeout()));
        });
        return named;
    }

    /**
     * Chosen on purpose: a dead host is noticed within {@code connect}; {@code response} is long, the naive
     * default ("timeouts are long"). It counts from the moment the request is forwarded, upload bytes
     * included.
     */
    public record Timeouts(@DefaultValue("2s") @NotNull Duration connect, @DefaultValue("30s") @NotNull Duration response) {
    }

    /** @param timeout how long the aggregated description waits for each service's own one */
    public record ApiDocs(@DefaultValue("3s") @NotNull Duration timeout) {
    }
}
