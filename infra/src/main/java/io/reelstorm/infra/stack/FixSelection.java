package io.reelstorm.infra.stack;

import io.reelstorm.common.fixes.Fix;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/** {@code --fixes none|all|LIST}: naive, resilient, or the named fixes. */
public final class FixSelection {

    private FixSelection() {
    }

    public static Set<Fix> parse(String text) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty() || value.equals("none")) {
            return EnumSet.noneOf(Fix.class);
        }
        if (value.equals("all")) {
            return EnumSet.allOf(Fix.class);
        }
        EnumSet<Fix> fixes = EnumSet.noneOf(Fix.class);
        for (String name : value.split(",")) {
            String id = name.trim();
            fixes.add(Fix.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown fix '" + id + "' in --fixes; known: none, all, "
                    + String.join(", ", Arrays.stream(Fix.values()).map(Fix::id).toList()))));
        }
        return fixes;
    }

    public static String format(Set<Fix> fixes) {
        if (fixes.isEmpty()) {
            return "none";
        }
        return fixes.containsAll(EnumSet.allOf(Fix.class)) ? "all" : String.join(",", fixes.stream().map(Fix::id).toList());
    }
}
