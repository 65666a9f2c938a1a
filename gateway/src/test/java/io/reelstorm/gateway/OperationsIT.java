package io.reelstorm.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.support.GatewayClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class OperationsIT extends GatewayIntegrationTest {

    @Test
    void livenessAndReadinessAreUp() {
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            HttpResponse<String> response = gateway.get(probe);

            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(GatewayClient.json(response).path("status").asString()).isEqualTo("UP");
        }
    }

    @Test
    void prometheusSplitsRequestLatencyByRouteServiceAndDataCenter() {
        assertThat(gateway.get("/api/feed").statusCode()).isEqualTo(200);

        String metrics = gateway.get("/actuator/prometheus").body();

        assertThat(metrics.lines().filter(line -> line.startsWith("http_server_requests_seconds_bucket{")))
                .anyMatch(line -> line.contains("route=\"feed\"") && line.contains("upstream_service=\"feed-service\"")
                        && line.contains("upstream_dc=\"east\"") && line.contains("uri=\"/api/feed\""));
        assertThat(metrics.lines().filter(line -> line.startsWith("spring_cloud_gateway_requests_seconds_bucket{")))
                .anyMatch(line -> line.contains("routeId=\"feed\"") && line.contains("upstream_dc=\"east\""));
    }
}
