package io.reelstorm.load.experiment;

import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The views the app knows were acknowledged (a {@code 202}), per video, with the time each answer
 * arrived: a read sent at T must show at least the views acknowledged by T minus the staleness budget.
 */
final class ViewLedger {

    private final ConcurrentHashMap<String, Queue<Long>> acknowledgedAt = new ConcurrentHashMap<>();

    void acknowledged(String videoId, long atMillis) {
        acknowledgedAt.computeIfAbsent(videoId, id -> new ConcurrentLinkedQueue<>()).add(atMillis);
    }

    /** Views of the video acknowledged at or before the instant. */
    long acknowledgedBy(String videoId, long instantMillis) {
        Queue<Long> times = acknowledgedAt.get(videoId);
        return times == null ? 0 : times.stream().filter(time -> time <= instantMillis).count();
    }
}
