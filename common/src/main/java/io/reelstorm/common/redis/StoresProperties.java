package io.reelstorm.common.redis;

import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The Redis stores of this process's data center that it uses; a service configures only those it
 * needs.
 *
 * @param meta     the metadata Redis: the database of videos, indexes and feed (persistent)
 * @param counters the counter Redis: hot view counts
 */
@Validated
@ConfigurationProperties("reelstorm.stores")
public record StoresProperties(@Valid RedisEndpoint meta, @Valid RedisEndpoint counters) {
}
