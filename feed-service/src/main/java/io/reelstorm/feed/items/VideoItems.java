package io.reelstorm.feed.items;

import io.reelstorm.common.catalog.Video;
import io.reelstorm.common.views.ViewCount;
import io.reelstorm.common.views.ViewCountReader;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Lists videos with their view counts, read for the whole list at once. */
@Component
public class VideoItems {

    private final ViewCountReader counts;

    public VideoItems(ViewCountReader counts) {
        this.counts = counts;
    }

    public List<VideoItem> of(List<Video> videos) {
        if (videos.isEmpty()) {
            return List.of();
        }
        Map<String, ViewCount> views = counts.read(videos.stream().map(Video::id).toList());
        return videos.stream()
                .map(video -> {
                    ViewCount count = views.get(video.id());
                    return new VideoItem(video.id(), video.title(), video.creatorId(), count.views(), count.stale(),
                            video.createdAt());
                })
                .toList();
    }
}
