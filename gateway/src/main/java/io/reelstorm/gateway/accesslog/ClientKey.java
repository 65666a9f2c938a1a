package io.reelstorm.gateway.accesslog;

import io.reelstorm.common.web.Headers;
import java.net.InetSocketAddress;
import java.util.regex.Pattern;
import org.springframework.http.server.reactive.ServerHttpRequest;

/** Who a client is, as the contract defines it: its {@code X-Client-Id} if well-formed, else its remote address. */
public final class ClientKey {

    private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._:@-]{1,128}");

    private ClientKey() {
    }

    public static String of(ServerHttpRequest request) {
        String clientId = request.getHeaders().getFirst(Headers.CLIENT_ID);
        if (clientId != null && WELL_FORMED.matcher(clientId).matches()) {
            return clientId;
        }
        InetSocketAddress remote = request.getRemoteAddress();
        if (remote == null) {
            return "-";
        }
        return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }
}
