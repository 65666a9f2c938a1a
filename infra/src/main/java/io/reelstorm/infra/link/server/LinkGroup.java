package io.reelstorm.infra.link.server;

import io.reelstorm.infra.link.Link;
import io.reelstorm.infra.link.LinkFault;
import io.reelstorm.infra.link.LinkStats;
import java.net.InetSocketAddress;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The proxies a fault names at once, e.g. {@code east-west}: every one of them gets and loses the same faults. */
final class LinkGroup {

    /** How {@code GET /links} shows one proxy. */
    record ProxyView(String name, int listen, String target, int connections, long totalConnections,
                     long bytesToTarget, long bytesToClient) {
    }

    /** How {@code GET /links} shows a group: its proxies, and the kinds of fault in force, lower-case. */
    record View(List<ProxyView> proxies, List<String> faults) {
    }

    private final String name;
    private final List<Link> links;

    LinkGroup(String name, List<Link> links) {
        this.name = name;
        this.links = List.copyOf(links);
    }

    String name() {
        return name;
    }

    /** Replaces an active fault of the same kind on every proxy of the group. */
    void apply(LinkFault fault) {
        links.forEach(link -> link.apply(fault));
    }

    void heal(LinkFault.Kind kind) {
        links.forEach(link -> link.heal(kind));
    }

    void healAll() {
        links.forEach(Link::healAll);
    }

    View view() {
        Set<LinkFault.Kind> kinds = EnumSet.noneOf(LinkFault.Kind.class);
        links.forEach(link -> link.faults().forEach(fault -> kinds.add(fault.kind())));
        return new View(links.stream().map(LinkGroup::proxyView).toList(),
                kinds.stream().map(LinkFault.Kind::id).toList());
    }

    private static ProxyView proxyView(Link link) {
        LinkStats stats = link.stats();
        InetSocketAddress target = link.target();
        return new ProxyView(link.name(), link.port(), target.getHostString() + ":" + target.getPort(), stats.openConnections(),
                stats.totalConnections(), stats.bytesToTarget(), stats.bytesToClient());
    }
}
