package io.reelstorm.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.gateway.GatewayIntegrationTest;
import io.reelstorm.gateway.support.GatewayClient;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class ApiDocsIT extends GatewayIntegrationTest {

    @Test
    void oneDescriptionHoldsThePathsOfEveryServiceWithTheGatewayAsServer() {
        HttpResponse<String> response = gateway.get("/v3/api-docs");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode description = GatewayClient.json(response);
        assertThat(description.path("info").path("title").asString()).isEqualTo("ReelStorm API");
        assertThat(description.path("servers")).hasSize(1);
        assertThat(description.path("servers").get(0).path("url").asString()).isEqualTo(gateway.uri("").toString());
        assertThat(description.path("paths").propertyNames()).containsExactlyInAnyOrder(
                "/api/videos", "/api/videos/{id}", "/api/videos/{id}/content",
                "/api/videos/{id}/views", "/api/videos/{id}/stats",
                "/api/feed", "/api/creators/{creatorId}/videos");
        assertThat(description.path("components").path("schemas").propertyNames())
                .contains("ProblemDetail", "uploadserviceOnly", "feedserviceOnly", "metricsserviceOnly");
        assertThat(description.path(OpenApiMerger.UNAVAILABLE)).isEmpty();
    }

    @Test
    void aServiceThatDoesNotAnswerIsLeftOutAndNamed() {
        FEED_1.docsAvailable(false);
        FEED_2.docsAvailable(false);
        try {
            JsonNode description = GatewayClient.json(gateway.get("/v3/api-docs"));

            assertThat(description.path(OpenApiMerger.UNAVAILABLE).valueStream().map(JsonNode::asString))
                    .containsExactly("feed-service");
            assertThat(description.path("paths").has("/api/feed")).isFalse();
            assertThat(description.path("paths").has("/api/videos/{id}/stats")).isTrue();
            assertThat(description.path("paths").has("/api/videos/{id}/content")).isTrue();
        } finally {
            FEED_1.docsAvailable(true);
            FEED_2.docsAvailable(true);
        }
    }
}
