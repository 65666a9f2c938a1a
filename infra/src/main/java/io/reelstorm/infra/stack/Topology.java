package io.reelstorm.infra.stack;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The processes of the local stack and how they are wired: per data center two Redis stores
 * (metadata, counters), one S3Proxy and the three services; then the global gateway.
 */
public final class Topology {

    public static final List<String> SERVICES = List.of("upload-service", "metrics-service", "feed-service");
    public static final List<String> JAVA_APPS = List.of("upload-service", "metrics-service", "feed-service", "gateway");
    public static final String S3_ACCESS_KEY = "reelstorm";
    public static final String S3_SECRET_KEY = "reelstorm-secret";

    private final StackOptions options;
    private final StackHome home;
    private final Ports ports;
    private final Launchers launchers;
    private final String cursorSecret;

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
    }

    public Ports ports() {
        return ports;
    }

    public List<ProcessSpec> processes() {
        List<ProcessSpec> all = new ArrayList<>();
        for (String dc : options.dataCenters()) {
            all.add(redis(dc, "redis-meta", ports.redisMeta(dc), RedisRole.METADATA));
            all.add(redis(dc, "redis-counters", ports.redisCounters(dc), RedisRole.COUNTERS));
            all.add(objects(dc));
            for (String service : SERVICES) {
                for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                    all.add(service(dc, service, instance));
                }
            }
        }
        all.add(gateway());
        return all;
    }

    /** The metadata Redis persists (it is the database); the naive counter Redis keeps nothing on disk. */
    enum RedisRole {
        METADATA(List.of("--appendonly", "yes", "--appendfsync", "everysec", "--save", "")),
        COUNTERS(List.of("--appendonly", "no", "--save", "", "--repl-diskless-sync", "yes", "--rdb-del-sync-files", "yes"));

        final List<String> persistence;

        RedisRole(List<String> persistence) {
            this.persistence = persistence;
        }
    }

    private ProcessSpec redis(String dc, String name, int port, RedisRole role) {
        String id = dc + "/" + name;
        Path data = home.data(id);
        List<String> command = new ArrayList<>(launchers.redisServer());
        command.addAll(List.of("--port", Integer.toString(port), "--bind", "127.0.0.1", "--protected-mode", "no",
                "--dir", data.toString(), "--daemonize", "no", "--logfile", ""));
        command.addAll(role.persistence);
        return new ProcessSpec(id, dc, ProcessKind.REDIS, port, "redis://127.0.0.1:" + port, command, data, home.log(id), Map.of());
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
        String id = dc + "/" + service + (instance > 1 ? "#" + instance : "");
        int port = ports.service(dc, service, instance);
        List<String> args = new ArrayList<>(List.of(
                "--server.port=" + port,
                "--reelstorm.dc.name=" + dc,
                "--reelstorm.dc.instance=" + instance,
                "--reelstorm.stores.meta.uri=redis://127.0.0.1:" + ports.redisMeta(dc)));
        String metricsUrl = "http://127.0.0.1:" + ports.service(dc, "metrics-service", 1);
        switch (service) {
            case "upload-service" -> args.addAll(List.of(
                    "--reelstorm.objects.endpoint=http://127.0.0.1:" + ports.objects(dc),
                    "--reelstorm.objects.access-key=" + S3_ACCESS_KEY,
                    "--reelstorm.objects.secret-key=" + S3_SECRET_KEY,
                    "--reelstorm.views.metrics-url=" + metricsUrl));
            case "metrics-service" -> args.add("--reelstorm.stores.counters.uri=redis://127.0.0.1:" + ports.redisCounters(dc));
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
                "--reelstorm.gateway.active-dc=" + options.dataCenters().getFirst()));
        for (String service : SERVICES) {
            int index = 0;
            for (String dc : options.dataCenters()) {
                for (int instance = 1; instance <= options.instancesOf(service); instance++) {
                    String prefix = "--reelstorm.gateway.services." + service + ".instances[" + index++ + "].";
                    args.add(prefix + "dc=" + dc);
                    args.add(prefix + "url=http://127.0.0.1:" + ports.service(dc, service, instance));
                }
            }
        }
        return javaApp("gateway", null, ProcessKind.GATEWAY, "gateway", ports.gateway(), args);
    }

    private ProcessSpec javaApp(String id, String dc, ProcessKind kind, String app, int port, List<String> args) {
        List<String> command = new ArrayList<>(launchers.javaApp(app, id));
        command.add("--spring.main.banner-mode=off");
        command.addAll(args);
        Path work = home.data(id);
        return new ProcessSpec(id, dc, kind, port, "http://127.0.0.1:" + port, command, work, home.log(id), Map.of());
    }
}
