package io.reelstorm.feed.trending;

import io.reelstorm.common.views.BreakerGuard;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.client.RestClient;

/**
 * Asks this data center's metrics-service for its trending list ({@code GET /internal/trending}).
 * The fallback: when the call fails, nothing trends, and the feed is recent videos only. With
 * {@code circuit-breakers} (read per call) the call goes through the metrics-service breaker and its
 * short time limit, so that once the breaker is open a dead metrics-service costs the feed nothing.
 */
public class TrendingClient implements TrendingSource {

    private static final Logger log = LoggerFactory.getLogger(TrendingClient.class);

    private final RestClient http;
    private final BreakerGuard guard;
    private final FixSwitches switches;

    public TrendingClient(RestClient http, BreakerGuard guard, FixSwitches switches) {
        this.http = http;
        this.guard = guard;
        this.switches = switches;
    }

    @Override
    public List<String> trendingIds(int limit) {
        if (limit == 0) {
            return List.of();
        }
        try {
            TrendingResponse response = switches.isOn(Fix.CIRCUIT_BREAKERS) ? guard.call(() -> fetch(limit)) : fetch(limit);
            return response == null || response.items() == null
                    ? List.of()
                    : response.items().stream().map(TrendingItem::id).toList();
        } catch (CallNotPermittedException e) {
            // The breaker is open: its state change was logged once; a line per feed page would be noise.
            return List.of();
        } catch (RuntimeException e) {
            log.warn("event=trending-unavailable fallback=recent-only error=\"{}\"", e.getMessage());
            return List.of();
        }
    }

    private TrendingResponse fetch(int limit) {
        return http.get()
                .uri("/internal/trending?limit={limit}", limit)
                .retrieve()
                .body(TrendingResponse.class);
    }

    record TrendingResponse(List<TrendingItem> items) {
    }

    record TrendingItem(String id, double score) {
    }
}
