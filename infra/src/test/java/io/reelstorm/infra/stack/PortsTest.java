package io.reelstorm.infra.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortsTest {

    @Test
    void theDefaultPlanPutsTheGatewayOn8080AndEastOnItsDocumentedPorts() {
        Ports ports = new Ports(0);

        assertThat(ports.gateway()).isEqualTo(8080);
        assertThat(ports.redisMeta("east")).isEqualTo(6381);
        assertThat(ports.redisCounters("east")).isEqualTo(6382);
        assertThat(ports.objects("east")).isEqualTo(9101);
        assertThat(ports.service("east", "upload-service", 1)).isEqualTo(8181);
        assertThat(ports.service("east", "feed-service", 1)).isEqualTo(8182);
        assertThat(ports.service("east", "metrics-service", 1)).isEqualTo(8183);
    }

    @Test
    void noTwoProcessesOfATwoDataCenterStackWithSeveralInstancesShareAPort() {
        Ports ports = new Ports(10_000);
        Set<Integer> used = new HashSet<>(List.of(ports.gateway()));
        for (String dc : Ports.DATA_CENTERS) {
            assertThat(used.add(ports.redisMeta(dc))).isTrue();
            assertThat(used.add(ports.redisCounters(dc))).isTrue();
            assertThat(used.add(ports.objects(dc))).isTrue();
            for (String service : Topology.SERVICES) {
                for (int instance = 1; instance <= 5; instance++) {
                    assertThat(used.add(ports.service(dc, service, instance))).as("%s %s #%d", dc, service, instance).isTrue();
                }
            }
        }
        assertThat(ports.gateway()).isEqualTo(18080);
    }

    @Test
    void theLargestOffsetStaysBelowTheEphemeralPortRange() {
        Ports ports = new Ports(Ports.MAX_OFFSET);

        assertThat(ports.objects("west")).isLessThan(32_768);
        assertThat(ports.link(199)).isLessThan(32_768);
    }

    @Test
    void anUnknownDataCenterIsRefusedByName() {
        assertThatThrownBy(() -> new Ports(0).redisMeta("north")).hasMessageContaining("north");
        assertThatThrownBy(() -> new Ports(-1)).hasMessageContaining("offset");
        assertThatThrownBy(() -> new Ports(30_000)).hasMessageContaining("offset");
    }
}
