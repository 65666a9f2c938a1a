package io.reelstorm.infra.stack;

import java.util.List;

/**
 * The local port plan. Data center {@code i} (east = 0, west = 1) shifts its stores by 10·i and its
 * services by 100·i; instance {@code n} of a service adds 10·(n−1); link proxies take 7100 and up in
 * the order the topology lists them. {@code offset} moves the whole plan, e.g. to run a test stack
 * beside a user's stack.
 */
public record Ports(int offset) {

    public static final List<String> DATA_CENTERS = List.of("east", "west");

    /** Keeps every port below 32768, where Linux hands out ephemeral ports that could collide with ours. */
    static final int MAX_OFFSET = 23_000;

    public Ports {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("port offset must be between 0 and " + MAX_OFFSET + ", not " + offset);
        }
    }

    public int gateway() {
        return 8080 + offset;
    }

    /** The launcher's admin API. */
    public int admin() {
        return 8090 + offset;
    }

    /** The gateway's own Redis (rate limiting). */
    public int edgeRedis() {
        return 6380 + offset;
    }

    /** The {@code index}-th link proxy of the topology. */
    public int link(int index) {
        if (index < 0 || index >= 200) {
            throw new IllegalArgumentException("link index out of range: " + index);
        }
        return 7100 + index + offset;
    }

    public int redisMeta(String dc) {
        return 6381 + 10 * index(dc) + offset;
    }

    public int redisCounters(String dc) {
        return 6382 + 10 * index(dc) + offset;
    }

    public int objects(String dc) {
        return 9101 + 100 * index(dc) + offset;
    }

    public int service(String dc, String service, int instance) {
        int base = switch (service) {
            case "upload-service" -> 8181;
            case "feed-service" -> 8182;
            case "metrics-service" -> 8183;
            default -> throw new IllegalArgumentException("unknown service " + service);
        };
        return base + 100 * index(dc) + 10 * (instance - 1) + offset;
    }

    private static int index(String dc) {
        int index = DATA_CENTERS.indexOf(dc);
        if (index < 0) {
            throw new IllegalArgumentException("unknown data center " + dc + " (known: " + DATA_CENTERS + ")");
        }
        return index;
    }
}
