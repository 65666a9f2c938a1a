package io.reelstorm.infra.link.server;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a link container's routes, {@code LINK_ROUTES}: whitespace-separated {@code [group:]listenPort=host:port},
 * e.g. {@code gateway-east:18081=east-upload-service:8080 16379=east-redis-meta:6379}.
 */
public final class LinkRoutes {

    static final String FORMAT = "[group:]listenPort=host:port";
    private static final Pattern ROUTE = Pattern.compile("(?:([a-z0-9][a-z0-9-]*):)?(\\d{1,5})=([A-Za-z0-9_][A-Za-z0-9_.-]*):(\\d{1,5})");

    private LinkRoutes() {
    }

    /** @throws IllegalArgumentException naming the first bad route, or when there is none at all */
    public static List<LinkRoute> parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no link routes: set LINK_ROUTES (or --routes) to " + FORMAT + " ...");
        }
        List<LinkRoute> routes = new ArrayList<>();
        Set<Integer> listenPorts = new HashSet<>();
        for (String word : text.trim().split("\\s+")) {
            LinkRoute route = parseOne(word);
            if (!listenPorts.add(route.listenPort())) {
                throw new IllegalArgumentException("bad link route '" + word + "': port " + route.listenPort() + " is already a route's listen port");
            }
            routes.add(route);
        }
        return List.copyOf(routes);
    }

    private static LinkRoute parseOne(String word) {
        Matcher route = ROUTE.matcher(word);
        if (!route.matches()) {
            throw new IllegalArgumentException("bad link route '" + word + "': expected " + FORMAT
                    + " (group: lower-case letters, digits and '-')");
        }
        return new LinkRoute(route.group(1), port(word, route.group(2)), route.group(3), port(word, route.group(4)));
    }

    private static int port(String word, String digits) {
        int port = Integer.parseInt(digits);
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("bad link route '" + word + "': port " + port + " is not between 1 and 65535");
        }
        return port;
    }
}
