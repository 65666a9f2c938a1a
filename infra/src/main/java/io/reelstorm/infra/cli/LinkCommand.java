package io.reelstorm.infra.cli;

import io.netty.util.internal.logging.InternalLoggerFactory;
import io.netty.util.internal.logging.JdkLoggerFactory;
import io.reelstorm.infra.link.server.LinkLog;
import io.reelstorm.infra.link.server.LinkRoute;
import io.reelstorm.infra.link.server.LinkRoutes;
import io.reelstorm.infra.link.server.LinkServer;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.Security;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** What a compose data center's link container runs: {@link LinkServer} in the foreground until SIGTERM. */
@Command(name = "link", mixinStandardHelpOptions = true,
        header = "Run a data center's link: fault-injecting TCP proxies and their control API (the compose stack's link containers).",
        description = {"Forwards every route, applies the faults the control API is given (GET /links, PUT|DELETE",
                "/links/{group}/faults/{kind}, DELETE /links/faults, GET /health) and runs until SIGTERM. With",
                "REELSTORM_CONTROL_TOKEN set, changes need Authorization: Bearer <token>."})
public class LinkCommand implements Callable<Integer> {

    /**
     * A container restarted after a power loss comes back with a new address and a name that did not
     * resolve while it was down. The JDK caches answers for 30 s and failures for 10 s (the
     * {@code java.security} file sets the latter, so {@code -Dsun.net.inetaddr.negative.ttl} would not
     * override it); these Security properties do, and must be set before the first lookup.
     */
    private static final String DNS_TTL_SECONDS = "1";
    private static final String DNS_NEGATIVE_TTL_SECONDS = "0";

    @Option(names = "--routes", defaultValue = "${env:LINK_ROUTES}", paramLabel = "ROUTES",
            description = {"Whitespace-separated [group:]listenPort=host:port, e.g. 'gateway-east:18081=east-upload-service:8080",
                    "16379=east-redis-meta:6379' (default: $LINK_ROUTES). Faults name groups; routes without one are never faulted."})
    String routes;

    @Option(names = "--control-port", defaultValue = "${env:LINK_CONTROL_PORT:-9000}",
            description = "Port of the control API (default: $LINK_CONTROL_PORT, else 9000).")
    int controlPort;

    @Option(names = "--listen", defaultValue = "0.0.0.0", paramLabel = "ADDRESS",
            description = "Address the routes and the control API listen on (default ${DEFAULT-VALUE}: every interface).")
    String listen;

    @Override
    public Integer call() throws Exception {
        List<LinkRoute> parsed = LinkRoutes.parse(routes);
        if (controlPort < 0 || controlPort > 65_535) {
            throw new IllegalArgumentException("control port must be between 0 and 65535, got " + controlPort);
        }
        Security.setProperty("networkaddress.cache.ttl", DNS_TTL_SECONDS);
        Security.setProperty("networkaddress.cache.negative.ttl", DNS_NEGATIVE_TTL_SECONDS);
        // Without Spring nobody configures Logback, whose default prints Netty's debug chatter.
        InternalLoggerFactory.setDefaultFactory(JdkLoggerFactory.INSTANCE);
        String token = System.getenv("REELSTORM_CONTROL_TOKEN");
        LinkServer server = LinkServer.start(parsed, listenAddress(), controlPort, LinkServer.controlToken(token));
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            LinkLog.event("event=link-stopped");
        }, "link-stop"));
        for (LinkRoute route : parsed) {
            LinkLog.event("event=route-listening route=%s listen=%s:%d target=%s", route.name(), listen, route.listenPort(), route.targetText());
        }
        LinkLog.event("event=link-ready routes=%d control=%s:%d token=%s jvm_uptime_ms=%d", parsed.size(), listen, server.controlPort(),
                token == null || token.isBlank() ? "off" : "on", ManagementFactory.getRuntimeMXBean().getUptime());
        // Until SIGTERM: the shutdown hook closes the server and the JVM exits.
        new CountDownLatch(1).await();
        return 0;
    }

    private InetAddress listenAddress() {
        try {
            return InetAddress.getByName(listen);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--listen: no such address '" + listen + "'");
        }
    }
}
