package io.reelstorm.infra.link.server;

import com.sun.net.httpserver.HttpServer;
import io.reelstorm.common.control.ControlToken;
import io.reelstorm.infra.link.Link;
import io.reelstorm.infra.link.LinkProxies;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What a data center's link container runs: one {@link Link} proxy per route, all listening on one
 * address, and the {@link ControlApi} that applies faults to groups of them. No Spring: it starts in
 * a fraction of a second and lives in a small heap.
 */
public final class LinkServer implements AutoCloseable {

    private static final int EVENT_LOOP_THREADS = 2;

    private final LinkProxies proxies;
    private final Map<String, LinkGroup> groups;
    private final ExecutorService controlThreads = Executors.newVirtualThreadPerTaskExecutor();
    private final HttpServer control;

    private LinkServer(LinkProxies proxies, Map<String, LinkGroup> groups, InetSocketAddress controlAddress, ControlToken token)
            throws IOException {
        this.proxies = proxies;
        this.groups = groups;
        this.control = HttpServer.create(controlAddress, 64);
        control.createContext("/", new ControlApi(this, token));
        control.setExecutor(controlThreads);
        control.start();
    }

    /**
     * Opens every route and the control API, both on {@code listenAddress}.
     *
     * @param controlPort 0 for an ephemeral port (see {@link #controlPort()})
     * @param token       guards the changes of the control API (see {@link ControlApi#CONTROL_PATH})
     * @throws java.io.UncheckedIOException when a route's port cannot be bound
     * @throws IOException                  when the control port cannot be bound
     */
    public static LinkServer start(List<LinkRoute> routes, InetAddress listenAddress, int controlPort, ControlToken token)
            throws IOException {
        LinkProxies proxies = new LinkProxies(EVENT_LOOP_THREADS, ThreadLocalRandom.current().nextLong(), listenAddress);
        try {
            Map<String, List<Link>> grouped = new LinkedHashMap<>();
            for (LinkRoute route : routes) {
                Link link = proxies.open(route.name(), route.listenPort(), route.target());
                if (route.grouped()) {
                    grouped.computeIfAbsent(route.group(), group -> new ArrayList<>()).add(link);
                }
            }
            Map<String, LinkGroup> groups = new LinkedHashMap<>();
            grouped.forEach((name, links) -> groups.put(name, new LinkGroup(name, links)));
            return new LinkServer(proxies, groups, new InetSocketAddress(listenAddress, controlPort), token);
        } catch (IOException | RuntimeException e) {
            proxies.close();
            throw e;
        }
    }

    /** The token rule for a link's control API: changes under {@code /links} need it when it is set. */
    public static ControlToken controlToken(String token) {
        return new ControlToken(token, ControlApi.CONTROL_PATH);
    }

    public int controlPort() {
        return control.getAddress().getPort();
    }

    /** The port a route's proxy listens on, by {@link LinkRoute#name()}. */
    public Optional<Integer> port(String routeName) {
        return proxies.find(routeName).map(Link::port);
    }

    /** Every route listens. */
    boolean healthy() {
        return proxies.links().stream().allMatch(Link::listening);
    }

    Collection<LinkGroup> groups() {
        return groups.values();
    }

    Set<String> groupNames() {
        return groups.keySet();
    }

    Optional<LinkGroup> group(String name) {
        return Optional.ofNullable(groups.get(name));
    }

    /** Stops the control API, then every proxy and connection. */
    @Override
    public void close() {
        control.stop(0);
        controlThreads.close();
        proxies.close();
    }
}
