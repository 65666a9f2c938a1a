package io.reelstorm.infra.faults;

import io.reelstorm.infra.link.LinkFault;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The faults the launcher can inject, what each targets and which options it takes. */
public enum FaultKind {
    POWER_LOSS(TargetType.DATA_CENTER, Set.of(), Set.of()),
    STORE_OUTAGE(TargetType.STORE, Set.of(), Set.of()),
    STORE_FREEZE(TargetType.STORE, Set.of(), Set.of()),
    LINK_PARTITION(TargetType.LINK, Set.of(), Set.of()),
    LINK_LATENCY(TargetType.LINK, Set.of("ms"), Set.of("jitter")),
    LINK_LOSS(TargetType.LINK, Set.of("percent"), Set.of()),
    LINK_RESET(TargetType.LINK, Set.of(), Set.of()),
    LINK_BANDWIDTH(TargetType.LINK, Set.of("kbps"), Set.of()),
    SLOW_INSTANCE(TargetType.INSTANCE, Set.of("ms"), Set.of()),
    LB_SKEW(TargetType.INSTANCE, Set.of(), Set.of());

    /** What a fault of a kind is aimed at. */
    public enum TargetType {
        DATA_CENTER("a data center, e.g. east"),
        STORE("a store, e.g. east/redis-meta, east/redis-counters, east/objects"),
        INSTANCE("a service instance, e.g. east/feed-service or east/feed-service#2"),
        LINK("a link, e.g. gateway-east, east-west, east/feed-service->redis-meta");

        private final String description;

        TargetType(String description) {
            this.description = description;
        }

        public String description() {
            return description;
        }
    }

    private final TargetType targetType;
    private final Set<String> requiredOptions;
    private final Set<String> optionalOptions;

    FaultKind(TargetType targetType, Set<String> requiredOptions, Set<String> optionalOptions) {
        this.targetType = targetType;
        this.requiredOptions = requiredOptions;
        this.optionalOptions = optionalOptions;
    }

    public TargetType targetType() {
        return targetType;
    }

    public Set<String> requiredOptions() {
        return requiredOptions;
    }

    public boolean accepts(String option) {
        return requiredOptions.contains(option) || optionalOptions.contains(option);
    }

    /** The name users type, e.g. {@code link-latency}. */
    public String id() {
        return name().toLowerCase().replace('_', '-');
    }

    /**
     * What a link proxy applies for this kind, from options {@link FaultOptions#validate checked} for it.
     *
     * @throws IllegalStateException when this kind is not aimed at links
     */
    public LinkFault linkFault(Map<String, Long> options) {
        return switch (this) {
            case LINK_PARTITION -> new LinkFault.Partition();
            case LINK_LATENCY -> new LinkFault.Latency(Duration.ofMillis(options.get("ms")),
                    Duration.ofMillis(options.getOrDefault("jitter", 0L)));
            case LINK_LOSS -> new LinkFault.Loss(options.get("percent").intValue());
            case LINK_RESET -> new LinkFault.Reset();
            case LINK_BANDWIDTH -> new LinkFault.Bandwidth(options.get("kbps"));
            default -> throw new IllegalStateException(id() + " is not a link fault");
        };
    }

    public static Optional<FaultKind> fromId(String id) {
        return Arrays.stream(values()).filter(kind -> kind.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(FaultKind::id).toList();
    }
}
