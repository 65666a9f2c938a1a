package io.reelstorm.infra.faults;

import java.util.Map;

/**
 * A fault as the admin API receives it: {@code {kind, target, options, for}}.
 *
 * @param kind    e.g. {@code link-latency}
 * @param target  e.g. {@code gateway-east}
 * @param options kind-specific numbers, e.g. {@code {"ms": 800, "jitter": 200}}
 * @param forDuration how long until it heals by itself, e.g. {@code 30s}; null for until healed
 */
public record FaultRequest(String kind, String target, Map<String, Object> options, String forDuration) {

    public FaultRequest {
        options = options == null ? Map.of() : Map.copyOf(options);
    }
}
