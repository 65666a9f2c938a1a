package io.reelstorm.common.redis;

import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where one Redis store is and how long we wait for it.
 *
 * @param uri            e.g. {@code redis://127.0.0.1:6381}
 * @param connectTimeout how long a (re)connection attempt may take
 * @param commandTimeout how long one command may take before it fails
 */
public record RedisEndpoint(
        @NotBlank String uri,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("5s") Duration commandTimeout) {
}
