package io.reelstorm.infra.link.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LinkRoutesTest {

    @Test
    void readsGroupedAndUngroupedRoutesInOrder() {
        List<LinkRoute> routes = LinkRoutes.parse("gateway-east:18081=east-upload-service:8080 16379=east-redis-meta:6379");

        assertThat(routes).containsExactly(
                new LinkRoute("gateway-east", 18081, "east-upload-service", 8080),
                new LinkRoute(null, 16379, "east-redis-meta", 6379));
        assertThat(routes.get(0).name()).isEqualTo("gateway-east:18081");
        assertThat(routes.get(1).grouped()).isFalse();
    }

    @Test
    void takesAnyWhitespaceBetweenRoutesAsAFoldedYamlBlockLeavesIt() {
        List<LinkRoute> routes = LinkRoutes.parse("\n  east-west:26379=west-link:16379\n\t26380=west-link:16380  \n");

        assertThat(routes).extracting(LinkRoute::listenPort).containsExactly(26379, 26380);
    }

    @Test
    void keepsTheTargetHostNameUnresolvedSoThatItIsLookedUpAtEveryConnection() {
        LinkRoute route = LinkRoutes.parse("29000=west-link:19000").getFirst();

        assertThat(route.target().isUnresolved()).isTrue();
        assertThat(route.target().getHostString()).isEqualTo("west-link");
        assertThat(route.targetText()).isEqualTo("west-link:19000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"18081", "18081=east-upload-service", "=east:80", "18081=:8080", "gateway-east:=east:80",
            "Gateway:18081=east:80", "gateway_east:18081=east:80", "18081=east:http", "east-west:26379=west-link:16379=x"})
    void rejectsAMalformedRouteNamingIt(String route) {
        assertThatThrownBy(() -> LinkRoutes.parse("16379=east-redis-meta:6379 " + route))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad link route '" + route + "'")
                .hasMessageContaining("[group:]listenPort=host:port");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0=east:80", "18081=east:0", "70000=east:80", "18081=east:65536"})
    void rejectsAPortOutOfRange(String route) {
        assertThatThrownBy(() -> LinkRoutes.parse(route))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad link route '" + route + "'")
                .hasMessageContaining("not between 1 and 65535");
    }

    @Test
    void rejectsTwoRoutesOnOnePort() {
        assertThatThrownBy(() -> LinkRoutes.parse("gateway-east:18081=east-upload-service:8080 18081=east-feed-service:8080"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("bad link route '18081=east-feed-service:8080'")
                .hasMessageContaining("already");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  \n "})
    void rejectsNoRoutesAtAll(String routes) {
        assertThatThrownBy(() -> LinkRoutes.parse(routes)).hasMessageContaining("LINK_ROUTES");
    }
}
