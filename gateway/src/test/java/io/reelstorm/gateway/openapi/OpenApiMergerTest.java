package io.reelstorm.gateway.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpenApiMergerTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String UPLOAD = """
            {"openapi":"3.1.0","info":{"title":"upload-service","version":"v0"},
             "servers":[{"url":"http://127.0.0.1:8181"}],
             "tags":[{"name":"videos"}],
             "paths":{
               "/api/videos":{"post":{"operationId":"upload","responses":{"201":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Video"}}}}}}},
               "/api/videos/{id}":{"get":{"operationId":"video","responses":{"404":{"content":{"application/problem+json":{"schema":{"$ref":"#/components/schemas/ProblemDetail"}}}}}}}},
             "components":{
               "schemas":{
                 "Video":{"type":"object","properties":{"id":{"type":"string"},"sizeBytes":{"type":"integer"}}},
                 "ProblemDetail":{"type":"object","properties":{"type":{"type":"string"}}}},
               "parameters":{"VideoId":{"name":"id","in":"path"}}}}
            """;

    private static final String FEED = """
            {"openapi":"3.1.0","info":{"title":"feed-service","version":"v0"},
             "tags":[{"name":"feed"},{"name":"videos"}],
             "paths":{
               "/api/feed":{"get":{"operationId":"feed","responses":{"200":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/Feed"}}}}}}}},
             "components":{
               "schemas":{
                 "Feed":{"type":"object","properties":{"items":{"type":"array","items":{"$ref":"#/components/schemas/Video"}}},
                         "discriminator":{"propertyName":"kind","mapping":{"video":"#/components/schemas/Video"}}},
                 "Video":{"type":"object","properties":{"id":{"type":"string"},"views":{"type":"integer"}}},
                 "ProblemDetail":{"type":"object","properties":{"type":{"type":"string"}}}}}}
            """;

    @Test
    void theMergedDescriptionIsTheReelStormApiServedByTheGateway() {
        JsonNode merged = OpenApiMerger.merge(descriptions(), List.of(), "http://127.0.0.1:8080");

        assertThat(merged.path("openapi").asString()).isEqualTo("3.1.0");
        assertThat(merged.path("info").path("title").asString()).isEqualTo("ReelStorm API");
        assertThat(merged.path("servers")).hasSize(1);
        assertThat(merged.path("servers").get(0).path("url").asString()).isEqualTo("http://127.0.0.1:8080");
    }

    @Test
    void everyServicesPathsAndComponentsAreThere() {
        JsonNode merged = OpenApiMerger.merge(descriptions(), List.of(), "http://gateway");

        assertThat(merged.path("paths").propertyNames()).containsExactly("/api/videos", "/api/videos/{id}", "/api/feed");
        assertThat(merged.path("components").path("schemas").propertyNames()).contains("Video", "ProblemDetail", "Feed");
        assertThat(merged.path("components").path("parameters").has("VideoId")).isTrue();
        assertThat(merged.path("tags").findValuesAsString("name")).containsExactly("videos", "feed");
    }

    @Test
    void identicalComponentsAreKeptOnce() {
        JsonNode merged = OpenApiMerger.merge(descriptions(), List.of(), "http://gateway");

        assertThat(merged.path("components").path("schemas").propertyNames())
                .filteredOn(name -> name.endsWith("ProblemDetail")).containsExactly("ProblemDetail");
    }

    @Test
    void aDifferentComponentUnderATakenNameIsRenamedAndItsReferencesFollow() {
        JsonNode merged = OpenApiMerger.merge(descriptions(), List.of(), "http://gateway");

        JsonNode schemas = merged.path("components").path("schemas");
        assertThat(schemas.path("Video").path("properties").has("sizeBytes")).isTrue();
        assertThat(schemas.path("feed-service.Video").path("properties").has("views")).isTrue();
        assertThat(schemas.path("Feed").path("properties").path("items").path("items").path("$ref").asString())
                .isEqualTo("#/components/schemas/feed-service.Video");
        assertThat(schemas.path("Feed").path("discriminator").path("mapping").path("video").asString())
                .isEqualTo("#/components/schemas/feed-service.Video");
        assertThat(merged.path("paths").path("/api/videos").findValue("$ref").asString())
                .isEqualTo("#/components/schemas/Video");
    }

    @Test
    void servicesThatDidNotAnswerAreNamedAndLeftOut() {
        Map<String, JsonNode> onlyUpload = new LinkedHashMap<>();
        onlyUpload.put("upload-service", read(UPLOAD));

        JsonNode merged = OpenApiMerger.merge(onlyUpload, List.of("metrics-service", "feed-service"), "http://gateway");

        assertThat(merged.path(OpenApiMerger.UNAVAILABLE).valueStream().map(JsonNode::asString))
                .containsExactly("feed-service", "metrics-service");
        assertThat(merged.path("paths").has("/api/feed")).isFalse();
    }

    @Test
    void whenEveryServiceAnswersNoneIsNamedUnavailable() {
        JsonNode merged = OpenApiMerger.merge(descriptions(), List.of(), "http://gateway");

        assertThat(merged.path(OpenApiMerger.UNAVAILABLE).isArray()).isTrue();
        assertThat(merged.path(OpenApiMerger.UNAVAILABLE)).isEmpty();
    }

    @Test
    void theServicesOwnDescriptionsAreLeftUntouched() {
        Map<String, JsonNode> descriptions = descriptions();
        JsonNode feedBefore = descriptions.get("feed-service").deepCopy();

        OpenApiMerger.merge(descriptions, List.of(), "http://gateway");

        assertThat(descriptions.get("feed-service")).isEqualTo(feedBefore);
    }

    private static Map<String, JsonNode> descriptions() {
        Map<String, JsonNode> descriptions = new LinkedHashMap<>();
        descriptions.put("upload-service", read(UPLOAD));
        descriptions.put("feed-service", read(FEED));
        return descriptions;
    }

    private static JsonNode read(String json) {
        return JSON.readTree(json);
    }
}
