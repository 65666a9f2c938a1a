package io.reelstorm.gateway.upstream;

import io.reelstorm.gateway.loadbalancing.ActiveDcRoundRobin;
import java.util.Map;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;

/**
 * Where a request went, as far as the gateway got: the route, the service, and the instance the load
 * balancer chose (with its data center). Absent parts are {@code -}, so logs and metric tags stay uniform.
 *
 * @param route   route id
 * @param service service name
 * @param dc      data center of the chosen instance
 * @param url     base URL of the chosen instance
 */
public record Upstream(String route, String service, String dc, String url) {

    public static final String NONE = "-";

    public static Upstream of(Map<String, Object> exchangeAttributes) {
        String route = NONE;
        String service = NONE;
        if (exchangeAttributes.get(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR) instanceof Route matched) {
            route = matched.getId();
            if ("lb".equals(matched.getUri().getScheme()) && matched.getUri().getHost() != null) {
                service = matched.getUri().getHost();
            }
        }
        String dc = NONE;
        String url = NONE;
        if (exchangeAttributes.get(ServerWebExchangeUtils.GATEWAY_LOADBALANCER_RESPONSE_ATTR) instanceof Response<?> response
                && response.hasServer() && response.getServer() instanceof ServiceInstance instance) {
            dc = instance.getMetadata().getOrDefault(ActiveDcRoundRobin.DC, NONE);
            url = instance.getUri().toString();
        }
        return new Upstream(route, service, dc, url);
    }
}
