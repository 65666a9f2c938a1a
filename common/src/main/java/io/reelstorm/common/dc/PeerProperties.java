package io.reelstorm.common.dc;

import io.reelstorm.common.redis.RedisEndpoint;
import jakarta.validation.Valid;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The other data center, as this one reaches it (through the inter-DC link). Absent in a
 * single-DC stack.
 *
 * @param dc      the peer's name, e.g. {@code west}
 * @param stores  the peer's Redis stores ({@code meta}, {@code counters})
 * @param objects the peer's object store endpoint (same credentials as ours)
 */
@Validated
@ConfigurationProperties("reelstorm.peer")
public record PeerProperties(String dc, @Valid Stores stores, String objectsEndpoint) {

    /**
     * @param meta     the peer's metadata Redis
     * @param counters the peer's counter Redis
     */
    public record Stores(@Valid RedisEndpoint meta, @Valid RedisEndpoint counters) {
    }
}
