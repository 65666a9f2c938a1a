package io.reelstorm.feed.feed;

import io.reelstorm.common.web.Limits;
import io.reelstorm.feed.cursor.CursorCodec;
import io.reelstorm.feed.feed.FeedPager.Page;
import io.reelstorm.feed.items.VideoItem;
import io.reelstorm.feed.items.VideoItems;
import io.reelstorm.feed.walk.WalkState;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/feed?limit=&cursor=}: the "For You" feed, one page at a time. */
@RestController
class FeedController {

    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    private final FeedPager pager;
    private final CursorCodec cursors;
    private final VideoItems items;

    FeedController(FeedPager pager, CursorCodec cursors, VideoItems items) {
        this.pager = pager;
        this.cursors = cursors;
        this.items = items;
    }

    /** An empty {@code cursor} is taken as none: clients often send {@code cursor=} for the first page. */
    @GetMapping("/api/feed")
    FeedResponse feed(@RequestParam(name = Limits.FIELD, required = false) String limit,
                      @RequestParam(required = false) String cursor) {
        int pageSize = Limits.parse(limit, DEFAULT_LIMIT, MAX_LIMIT);
        WalkState from = cursor == null || cursor.isEmpty() ? null : cursors.decode(cursor);
        Page page = pager.page(from, pageSize);
        return new FeedResponse(items.of(page.videos()), page.next() == null ? null : cursors.encode(page.next()));
    }

    /**
     * @param next the cursor of the next page, null at the end of the feed
     */
    record FeedResponse(List<VideoItem> items, String next) {
    }
}
