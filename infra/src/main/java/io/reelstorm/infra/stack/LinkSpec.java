package io.reelstorm.infra.stack;

/**
 * One proxied hop. Faults name a {@code group} (e.g. {@code gateway-east}, {@code east-west},
 * {@code east/feed-service->redis-counters}); a group holds one proxy per concrete destination.
 *
 * @param group      the link name users give to faults
 * @param name       this proxy, e.g. {@code gateway->east/feed-service#2}
 * @param port       where the proxy listens
 * @param targetPort the destination it forwards to (on 127.0.0.1)
 */
public record LinkSpec(String group, String name, int port, int targetPort) {
}
