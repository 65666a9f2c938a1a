package io.reelstorm.metrics.trending;

import io.reelstorm.common.web.Limits;
import io.reelstorm.metrics.trending.TrendingBoard.TrendingItem;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Internal (not routed by the gateway): the trending list feed-service blends into the feed. */
@RestController
class TrendingController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final TrendingBoard board;

    TrendingController(TrendingBoard board) {
        this.board = board;
    }

    @GetMapping("/internal/trending")
    TrendingResponse trending(@RequestParam(name = Limits.FIELD, required = false) String limit) {
        return new TrendingResponse(board.top(Limits.parse(limit, DEFAULT_LIMIT, MAX_LIMIT)));
    }

    record TrendingResponse(List<TrendingItem> items) {
    }
}
