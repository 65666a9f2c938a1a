package io.reelstorm.feed.walk;

import io.reelstorm.common.ids.Ulid;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Which trending videos a new walk blends in. */
public final class TrendingHead {

    private TrendingHead() {
    }

    /**
     * The trending ids, best first, that may join a walk up to {@code snapshot}: well-formed, not
     * newer than the snapshot (those are outside the walk), without repeats, at most {@code slots}.
     * Whether they still exist is the caller's to check.
     */
    public static List<String> candidates(List<String> trending, String snapshot, int slots) {
        Set<String> picked = new LinkedHashSet<>();
        for (String id : trending) {
            if (picked.size() == slots) {
                break;
            }
            if (Ulid.isValid(id)) {
                String canonical = id.toUpperCase(Locale.ROOT);
                if (canonical.compareTo(snapshot) <= 0) {
                    picked.add(canonical);
                }
            }
        }
        return new ArrayList<>(picked);
    }
}
