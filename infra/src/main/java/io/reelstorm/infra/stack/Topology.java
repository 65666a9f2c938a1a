package io.reelstorm.infra.stack;

import io.reelstorm.common.fixes.Fix;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The processes of the local stack and how they are wired: per data center two Redis stores
 * (metadata, counters), one S3Proxy and the three services; then the edge Redis and the global
 * gateway. Every hop between them runs through a link proxy (see {@link #links()}), so the
 * addresses handed to a process are those of its proxies.
 */
public final class Topology {

    public static final List<String> SERVICES = List.of("upload-service", "metrics-service", "feed-service");
    public static final List<String> JAVA_APPS = List.of("upload-service", "metrics-service", "feed-service", "gateway");
    public static final List<String> STORES = List.of("redis-meta", "redis-counters", "objects");
    public static final String EDGE_REDIS = "edge/redis";
    public static final String S3_ACCESS_KEY = "reelstorm";
    public static final String S3_SECRET_KEY = "reelstorm-secret";

    private static final Map<String, List<String>> STORES_OF = Map.of(
            "upload-service", List.of("redis-meta", "objects"),
            "metrics-service", List.of("redis-counters", "redis-meta"),
            "feed-service", List.of("redis-meta"));

    private final StackOptions options;
    private final StackHome home;
    private final Ports ports;
    private final Launchers launchers;
    private final String cursorSecret;
    private final Map<String, LinkSpec> links = new LinkedHashMap<>();

    /**
     * @param launchers    how to start a Redis, S3Proxy and a Java app on this machine
     * @param cursorSecret the feed cursor key, shared by every data center so a cursor works in either
     */
    public Topology(StackOptions options, StackHome home, Launchers launchers, String cursorSecret) {
        this.options = options;
        this.home = home;
        this.ports = new Ports(options.portOffset());
        this.launchers = launchers;
        this.cursorSecret = cursorSecret;
        planLinks();
    }

    public Ports ports() {
        return ports;
    }

    public StackOptions options() {
        return options;
    }

    /** Every link proxy, in port order. */
    public List<LinkSpec> links() {
        return List.copyOf(links.values());
    }

    /** The instance ids of a service in a data center, e.g. {@code east/feed-service}, {@code east/feed-service#2}. */
    public List<String> instanceIds(String dc, String service) {
        List<String> ids = new ArrayList<>();
        for (int instance = 1; instance <= options.instancesOf(service); instance++) {
            ids.add(instanceId(dc, service, instance));
        }
        return ids;
    }

    public static String instanceId(String dc, String service, int instance) {
        return dc + "/" + service + (instance > 1 ? "#" + instance : "");
    }

    /** The name of the link between the data centers, e.g. {@code east-west}. */
    public String interDcLink() {
        return interDcLink(options.dataCenters());
    }

    /** The link group between these data centers, e.g. {@code east-west}: their names in order, joined. */
    public static String interDcLink(List<String> dataCenters) {
        return dataCenters.stream().sorted().collect(Collectors.joining("-"));
    }

    /** The link group from the gateway to a data center's services, e.g. {@code gateway-east}. */
    public static String gatewayLink(String dc) {
        return "gateway-" + dc;
    }

    private void planLinks() {
        for (String dc : options.dataCenters()) {
            for (String service : SERVICES) {
                for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                    addLink(gatewayLink(dc), "gateway->" + instanceId(dc, service, instance), ports.service(dc, service, instance));
                }
            }
        }
        for (String dc : options.dataCenters()) {
            for (String service : SERVICES) {
                for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                    for (String store : STORES_OF.get(service)) {
                        String name = instanceId(dc, service, instance) + "->" + store;
                        addLink(name, name, storePort(dc, store));
                    }
                }
            }
        }
        if (options.dataCenters().size() > 1) {
            for (String dc : options.dataCenters()) {
                for (String store : STORES) {
                    addLink(interDcLink(), interDcLink() + "->" + dc + "/" + store, storePort(dc, store));
                }
            }
        }
    }

    private void addLink(String group, String name, int targetPort) {
        links.put(name, new LinkSpec(group, name, ports.link(links.size()), targetPort));
    }

    private int linkPort(String name) {
        LinkSpec link = links.get(name);
        if (link == null) {
            throw new IllegalStateException("no link " + name);
        }
        return link.port();
    }

    private int storePort(String dc, String store) {
        return switch (store) {
            case "redis-meta" -> ports.redisMeta(dc);
            case "redis-counters" -> ports.redisCounters(dc);
            case "objects" -> ports.objects(dc);
            default -> throw new IllegalArgumentException(store);
        };
    }

    public List<ProcessSpec> processes() {
        List<ProcessSpec> all = new ArrayList<>();
        for (String dc : options.dataCenters()) {
            all.add(redis(dc, "redis-meta", ports.redisMeta(dc), RedisRole.METADATA));
            all.add(redis(dc, "redis-counters", ports.redisCounters(dc),
                    options.has(Fix.DURABLE_STORES) ? RedisRole.DURABLE_COUNTERS : RedisRole.COUNTERS));
            all.add(objects(dc));
            for (String service : SERVICES) {
                for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                    all.add(service(dc, service, instance));
                }
            }
        }
        all.add(edgeRedis());
        all.add(gateway());
        return all;
    }

    /**
     * The metadata Redis persists (it is the database). The naive counter Redis keeps nothing on disk
     * — "it is only counters" — which {@code durable-stores} changes to an fsync'd append-only file.
     */
    enum RedisRole {
        METADATA(List.of("--appendonly", "yes", "--appendfsync", "everysec", "--save", "")),
        COUNTERS(List.of("--appendonly", "no", "--save", "", "--repl-diskless-sync", "yes", "--rdb-del-sync-files", "yes")),
        DURABLE_COUNTERS(List.of("--appendonly", "yes", "--appendfsync", "everysec", "--save", "")),
        EDGE(List.of("--appendonly", "no", "--save", ""));

        final List<String> persistence;

        RedisRole(List<String> persistence) {
            this.persistence = persistence;
        }
    }

    private ProcessSpec redis(String dc, String name, int port, RedisRole role) {
        String id = dc + "/" + name;
        List<String> command = redisCommand(id, port, role);
        boolean naiveReplica = !dc.equals(options.primary()) && !options.has(Fix.ACTIVE_ACTIVE_DATA);
        if (naiveReplica) {
            // The naive standby: a real replica of the primary's store, over the inter-DC link.
            command.addAll(List.of("--replicaof", "127.0.0.1",
                    Integer.toString(linkPort(interDcLink() + "->" + options.primary() + "/" + name))));
        }
        return new ProcessSpec(id, dc, ProcessKind.REDIS, port, "redis://127.0.0.1:" + port, command, home.data(id), home.log(id), Map.of());
    }

    private ProcessSpec edgeRedis() {
        int port = ports.edgeRedis();
        return new ProcessSpec(EDGE_REDIS, null, ProcessKind.REDIS, port, "redis://127.0.0.1:" + port,
                redisCommand(EDGE_REDIS, port, RedisRole.EDGE), home.data(EDGE_REDIS), home.log(EDGE_REDIS), Map.of());
    }

    private List<String> redisCommand(String id, int port, RedisRole role) {
        List<String> command = new ArrayList<>(launchers.redisServer());
        command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--protected-mode", "no",
                "--dir", home.data(id).toString(), "--daemonize", "no", "--logfile", ""));
        command.addAll(role.persistence);
        return command;
    }

    private ProcessSpec objects(String dc) {
        String id = dc + "/objects";
        int port = ports.objects(dc);
        Path data = home.data(id);
        Path config = data.resolve("s3proxy.conf");
        String properties = String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + S3_ACCESS_KEY,
                "s3proxy.credential=" + S3_SECRET_KEY,
                "jclouds.provider=filesystem",
                "jclouds.filesystem.basedir=" + data.resolve("blobs"),
                "");
        List<String> command = launchers.s3proxy(config);
        return new ProcessSpec(id, dc, ProcessKind.OBJECT_STORE, port, "http://127.0.0.1:" + port, command, data, home.log(id),
                Map.of(config, properties, data.resolve("blobs").resolve(".keep"), ""));
    }

    private ProcessSpec service(String dc, String service, int instance) {
        String id = instanceId(dc, service, instance);
        int port = ports.service(dc, service, instance);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--reelstorm.dc.name=" + dc,
                "--reelstorm.dc.instance=" + instance,
                "--reelstorm.fixes.enabled=" + fixList(),
                "--reelstorm.stores.meta.uri=redis://127.0.0.1:" + linkPort(id + "->redis-meta")));
        String metricsUrl = "http://127.0.0.1:" + ports.service(dc, "metrics-service", 1);
        String peer = options.dataCenters().stream().filter(other -> !other.equals(dc)).findFirst().orElse(null);
        if (peer != null) {
            args.add("--reelstorm.peer.dc=" + peer);
        }
        switch (service) {
            case "upload-service" -> {
                args.addAll(List.of(
                        "--reelstorm.objects.endpoint=http://127.0.0.1:" + linkPort(id + "->objects"),
                        "--reelstorm.objects.access-key=" + S3_ACCESS_KEY,
                        "--reelstorm.objects.secret-key=" + S3_SECRET_KEY,
                        "--reelstorm.views.metrics-url=" + metricsUrl));
                if (peer != null) {
                    args.add("--reelstorm.peer.stores.meta.uri=redis://127.0.0.1:" + linkPort(interDcLink() + "->" + peer + "/redis-meta"));
                    args.add("--reelstorm.peer.objects-endpoint=http://127.0.0.1:" + linkPort(interDcLink() + "->" + peer + "/objects"));
                }
            }
            case "metrics-service" -> {
                args.add("--reelstorm.stores.counters.uri=redis://127.0.0.1:" + linkPort(id + "->redis-counters"));
                if (peer != null) {
                    args.add("--reelstorm.peer.stores.counters.uri=redis://127.0.0.1:" + linkPort(interDcLink() + "->" + peer + "/redis-counters"));
                    args.add("--reelstorm.peer.stores.meta.uri=redis://127.0.0.1:" + linkPort(interDcLink() + "->" + peer + "/redis-meta"));
                }
            }
            case "feed-service" -> args.addAll(List.of(
                    "--reelstorm.views.metrics-url=" + metricsUrl,
                    "--reelstorm.feed.cursor-secret=" + cursorSecret));
            default -> throw new IllegalStateException(service);
        }
        return javaApp(id, dc, ProcessKind.SERVICE, service, port, args);
    }

    private ProcessSpec gateway() {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + ports.gateway(),
                "--reelstorm.gateway.active-dc=" + options.primary(),
                "--reelstorm.fixes.enabled=" + fixList(),
                "--reelstorm.gateway.rate-limit.redis-uri=redis://127.0.0.1:" + ports.edgeRedis()));
        for (String service : SERVICES) {
            int index = 0;
            for (String dc : options.dataCenters()) {
                for (String instance : instanceIds(dc, service)) {
                    String prefix = "--reelstorm.gateway.services." + service + ".instances[" + index++ + "].";
                    args.add(prefix + "id=" + instance);
                    args.add(prefix + "dc=" + dc);
                    args.add(prefix + "url=http://127.0.0.1:" + linkPort("gateway->" + instance));
                }
            }
        }
        return javaApp("gateway", null, ProcessKind.GATEWAY, "gateway", ports.gateway(), args);
    }

    private String fixList() {
        return options.fixes().stream().map(Fix::id).collect(Collectors.joining(","));
    }

    private ProcessSpec javaApp(String id, String dc, ProcessKind kind, String app, int port, List<String> args) {
        List<String> command = new ArrayList<>(launchers.javaApp(app, id));
        command.add("--spring.main.banner-mode=off");
        command.addAll(args);
        return new ProcessSpec(id, dc, kind, port, "http://127.0.0.1:" + port, command, home.data(id), home.log(id), Map.of());
    }
}
