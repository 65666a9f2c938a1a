package io.reelstorm.infra.link.server;

import java.net.InetSocketAddress;

/**
 * One route of a link container: connections to {@code listenPort} are forwarded to {@code host:targetPort}.
 *
 * @param group the fault group the route belongs to (faults name groups), or null when faults never act on it
 */
public record LinkRoute(String group, int listenPort, String host, int targetPort) {

    public boolean grouped() {
        return group != null;
    }

    /** How the control API and the logs name the route's proxy, e.g. {@code gateway-east:18081}. */
    public String name() {
        return grouped() ? group + ":" + listenPort : Integer.toString(listenPort);
    }

    /** Unresolved, so that the host name is looked up at every connection: a restarted target may have a new address. */
    public InetSocketAddress target() {
        return InetSocketAddress.createUnresolved(host, targetPort);
    }

    public String targetText() {
        return host + ":" + targetPort;
    }
}
