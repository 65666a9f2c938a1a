package io.reelstorm.load.experiment;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Random;

/**
 * Videos people pass around as links: the ones recent feeds showed. A viewer whose feed does not load can still
 * open a video someone sent them, as real users do, so a broken feed does not silence every other route of the run.
 */
final class SharedLinks {

    private static final int KEPT = 200;

    private final List<String> recent = new ArrayList<>();
    private int next;

    synchronized void shared(Collection<String> videoIds) {
        for (String id : videoIds) {
            if (recent.contains(id)) {
                continue;
            }
            if (recent.size() < KEPT) {
                recent.add(id);
            } else {
                recent.set(next, id);
                next = (next + 1) % KEPT;
            }
        }
    }

    /** One link, or none when no feed has loaded yet. */
    synchronized List<String> pick(Random random) {
        return recent.isEmpty() ? List.of() : List.of(recent.get(random.nextInt(recent.size())));
    }
}
