package io.reelstorm.feed.trending;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;

/**
 * Asks this data center's metrics-service for its trending list ({@code GET /internal/trending}).
 * The naive fallback: when the call fails, nothing trends, and the feed is recent videos only.
 */
public class TrendingClient implements TrendingSource {

    private static final Logger log = LoggerFactory.getLogger(TrendingClient.class);

    private final RestClient http;

    public TrendingClient(RestClient http) {
        this.http = http;
    }

    @Override
    public List<String> trendingIds(int limit) {
        if (limit == 0) {
            return List.of();
        }
        try {
            TrendingResponse response = http.get()
                    .uri("/internal/trending?limit={limit}", limit)
                    .retrieve()
                    .body(TrendingResponse.class);
            return response == null || response.items() == null
                    ? List.of()
                    : response.items().stream().map(TrendingItem::id).toList();
        } catch (RuntimeException e) {
            log.warn("event=trending-unavailable fallback=recent-only error=\"{}\"", e.getMessage());
            return List.of();
        }
    }

    record TrendingResponse(List<TrendingItem> items) {
    }

    record TrendingItem(String id, double score) {
    }
}
