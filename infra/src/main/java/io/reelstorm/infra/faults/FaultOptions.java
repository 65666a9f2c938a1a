package io.reelstorm.infra.faults;

import java.util.LinkedHashMap;
import java.util.Map;

/** Checks a fault's options against what its kind takes: names, presence, whole numbers in range. */
public final class FaultOptions {

    private static final Map<String, long[]> RANGES = Map.of(
            "ms", new long[] {0, 600_000},
            "jitter", new long[] {0, 600_000},
            "percent", new long[] {0, 100},
            "kbps", new long[] {1, 10_000_000});

    private FaultOptions() {
    }

    /** Returns the options as numbers, or throws {@link InvalidFaultException} on field {@code options.<name>}. */
    public static Map<String, Long> validate(FaultKind kind, Map<String, Object> options) {
        return validate(kind, options, "options.");
    }

    /** The same, naming a bad option's field {@code <fieldPrefix><name>} (the link control API takes options as the whole body). */
    public static Map<String, Long> validate(FaultKind kind, Map<String, Object> options, String fieldPrefix) {
        Map<String, Long> valid = new LinkedHashMap<>();
        for (Map.Entry<String, Object> option : options.entrySet()) {
            String name = option.getKey();
            if (!kind.accepts(name)) {
                throw new InvalidFaultException(fieldPrefix + name, kind.id() + " takes no option '" + name + "'"
                        + (kind.requiredOptions().isEmpty() ? "" : "; it needs " + kind.requiredOptions()));
            }
            valid.put(name, number(fieldPrefix + name, name, option.getValue()));
        }
        for (String required : kind.requiredOptions()) {
            if (!valid.containsKey(required)) {
                throw new InvalidFaultException(fieldPrefix + required, kind.id() + " needs option '" + required + "'");
            }
        }
        return valid;
    }

    private static long number(String field, String name, Object value) {
        long number;
        if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else if (value instanceof String s && s.matches("\\d{1,10}")) {
            number = Long.parseLong(s);
        } else {
            throw new InvalidFaultException(field, name + " must be a whole number, not '" + value + "'");
        }
        long[] range = RANGES.get(name);
        if (number < range[0] || number > range[1]) {
            throw new InvalidFaultException(field, name + " must be between " + range[0] + " and " + range[1]);
        }
        return number;
    }
}
