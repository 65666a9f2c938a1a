package io.reelstorm.feed.feed;

import io.reelstorm.common.catalog.Video;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/** The catalogue as a sorted map, for the feed's logic without Redis. */
final class InMemoryCatalog implements FeedCatalog {

    private final NavigableMap<String, Video> videos = new TreeMap<>();

    void add(String id) {
        videos.put(id, new Video(id, "title " + id, "creator_1", 1, "ab".repeat(32), "video/mp4", Instant.EPOCH, "east"));
    }

    void delete(String id) {
        videos.remove(id);
    }

    List<String> ids() {
        return List.copyOf(videos.keySet());
    }

    @Override
    public List<String> newestBefore(String beforeExclusive, int limit) {
        NavigableMap<String, Video> older = beforeExclusive == null ? videos : videos.headMap(beforeExclusive, false);
        return older.descendingKeySet().stream().limit(limit).toList();
    }

    @Override
    public Map<String, Video> findAll(Collection<String> ids) {
        Map<String, Video> found = new LinkedHashMap<>();
        ids.forEach(id -> {
            if (videos.containsKey(id)) {
                found.put(id, videos.get(id));
            }
        });
        return found;
    }
}
