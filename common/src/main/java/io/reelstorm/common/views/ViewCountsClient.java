package io.reelstorm.common.views;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

/** Asks the metrics-service of this data center for counts, with the timeout configured for it. */
public class ViewCountsClient implements ViewCountsSource {

    private final RestClient http;

    public ViewCountsClient(RestClient http) {
        this.http = http;
    }

    /**
     * Counts the metrics-service knows; ids it has no count for are absent or carry an unknown count
     * ({@code "views": null}). Throws when it cannot answer.
     */
    @Override
    public Map<String, ViewCount> counts(Collection<String> videoIds) {
        CountsResponse response = http.post()
                .uri("/internal/views/counts")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new CountsRequest(List.copyOf(videoIds)))
                .retrieve()
                .body(CountsResponse.class);
        return response == null || response.counts() == null ? Map.of() : response.counts();
    }

    public record CountsRequest(List<String> ids) {
    }

    public record CountsResponse(Map<String, ViewCount> counts) {
    }
}
