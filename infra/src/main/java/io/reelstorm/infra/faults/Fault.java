package io.reelstorm.infra.faults;

import java.time.Instant;
import java.util.Map;

/**
 * A fault in force.
 *
 * @param id       how {@code heal} names it, e.g. {@code f3}
 * @param endsAt   when it heals by itself, or null
 */
public record Fault(String id, String kind, String target, Map<String, Long> options, Instant startedAt, Instant endsAt) {
}
