package io.reelstorm.upload.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import tools.jackson.databind.JsonNode;

/** What every error answer must look like: RFC 9457 problem details with a stable type. */
public final class ProblemAssertions {

    private static final String TYPE_BASE = "https://reelstorm.dev/problems/";

    private ProblemAssertions() {
    }

    /** Asserts a problem answer of {@code status} and type {@code slug}; returns its body. */
    public static JsonNode assertProblem(HttpResponse<byte[]> response, int status, String slug) {
        String body = new String(response.body());
        assertThat(response.statusCode()).as(body).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).as(body).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = Api.json(response);
        assertThat(problem.get("type").asString()).as(body).isEqualTo(TYPE_BASE + slug);
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("detail").asString()).isNotBlank();
        return problem;
    }

    public static void assertProblem(RawHttp.Response response, int status, String slug) {
        assertThat(response.status()).as(response.head()).isEqualTo(status);
        assertThat(response.header("Content-Type")).as(response.head()).startsWith("application/problem+json");
        assertThat(response.body()).contains("\"type\":\"" + TYPE_BASE + slug + "\"");
    }
}
