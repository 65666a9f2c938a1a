package io.reelstorm.common.views;

import java.util.Map;
import java.util.function.Supplier;

/**
 * Puts each call for counts behind a circuit breaker and a short time limit while the
 * {@code circuit-breakers} fix is on. A service that uses Resilience4j supplies one as a bean (common
 * does not depend on it). A guard that refuses a call or gives up waiting throws, and the reader
 * strategy then shows what it shows when metrics-service cannot answer: once the breaker is open, a
 * dead metrics-service costs nothing.
 */
@FunctionalInterface
public interface ViewCountsGuard {

    Map<String, ViewCount> call(Supplier<Map<String, ViewCount>> counts);
}
