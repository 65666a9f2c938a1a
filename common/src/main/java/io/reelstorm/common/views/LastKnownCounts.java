package io.reelstorm.common.views;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The highest count this process has seen for each of the videos it read most recently (bounded:
 * the least recently read are forgotten first). Counts only grow, so the highest seen is a floor that
 * any honest answer must reach.
 */
public class LastKnownCounts {

    private final int capacity;
    private final Map<String, Long> counts;
    /** A lock rather than {@code synchronized}: readers are virtual threads. */
    private final ReentrantLock lock = new ReentrantLock();

    public LastKnownCounts(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, was " + capacity);
        }
        this.capacity = capacity;
        this.counts = new LinkedHashMap<>(Math.min(capacity, 1024), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
                return size() > LastKnownCounts.this.capacity;
            }
        };
    }

    /** The highest count seen for the video, or null when none was. */
    public Long get(String videoId) {
        lock.lock();
        try {
            return counts.get(videoId);
        } finally {
            lock.unlock();
        }
    }

    /** Remembers the known counts of an answer. */
    public void remember(Map<String, ViewCount> answer) {
        lock.lock();
        try {
            answer.forEach((id, count) -> {
                if (count != null && count.known()) {
                    counts.merge(id, count.views(), Math::max);
                }
            });
        } finally {
            lock.unlock();
        }
    }

    public int size() {
        lock.lock();
        try {
            return counts.size();
        } finally {
            lock.unlock();
        }
    }

    /**
     * {@code source}, remembering every answer it gives, whichever strategy reads it: so that a switch
     * to {@link HonestReads} at runtime already knows what the naive reads saw.
     */
    public ViewCountsSource recording(ViewCountsSource source) {
        return (Collection<String> videoIds) -> {
            Map<String, ViewCount> answer = source.counts(videoIds);
            remember(answer);
            return answer;
        };
    }
}
