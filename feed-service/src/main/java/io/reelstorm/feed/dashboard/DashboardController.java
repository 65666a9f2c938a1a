package io.reelstorm.feed.dashboard;

import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.ids.Ids;
import io.reelstorm.feed.FeedProperties;
import io.reelstorm.feed.items.VideoItem;
import io.reelstorm.feed.items.VideoItems;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/creators/{creatorId}/videos}: a creator's videos, newest first, with their counts. */
@RestController
class DashboardController {

    private final Catalog catalog;
    private final VideoItems items;
    private final int limit;

    DashboardController(Catalog catalog, VideoItems items, FeedProperties properties) {
        this.catalog = catalog;
        this.items = items;
        this.limit = properties.dashboardLimit();
    }

    @GetMapping("/api/creators/{creatorId}/videos")
    DashboardResponse videos(@PathVariable String creatorId) {
        List<String> ids = catalog.creatorVideoIds(Ids.creatorId(creatorId, "creatorId"), limit);
        Map<String, Video> videos = catalog.findAll(ids);
        return new DashboardResponse(items.of(ids.stream().map(videos::get).filter(Objects::nonNull).toList()));
    }

    record DashboardResponse(List<VideoItem> items) {
    }
}
