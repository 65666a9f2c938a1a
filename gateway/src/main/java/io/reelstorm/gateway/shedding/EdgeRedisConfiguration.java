package io.reelstorm.gateway.shedding;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.resource.ClientResources;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.lettuce.LettuceClientConfiguration;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;

/**
 * The edge Redis, which only the rate limiter uses. Its connection fails commands at once while the Redis is
 * unreachable (instead of queueing them), so that the limiter can let requests through without waiting. Nothing
 * about it takes part in the gateway's health: the limiter fails open.
 */
@Configuration(proxyBeanMethods = false)
class EdgeRedisConfiguration {

    @Bean
    LettuceConnectionFactory edgeRedisConnectionFactory(RateLimitProperties properties, ObjectProvider<ClientResources> resources) {
        LettuceClientConfiguration.LettuceClientConfigurationBuilder client = LettuceClientConfiguration.builder()
                .commandTimeout(properties.timeout())
                .clientOptions(ClientOptions.builder()
                        .socketOptions(SocketOptions.builder().connectTimeout(properties.timeout()).build())
                        .timeoutOptions(TimeoutOptions.enabled(properties.timeout()))
                        .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                        .build());
        resources.ifUnique(client::clientResources);
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(properties.redisUri()), client.build());
    }

    /** Spring Cloud Gateway's token-bucket limiter in the edge Redis, one token per request. */
    @Bean
    RedisRateLimiter redisRateLimiter(RateLimitProperties properties) {
        return new RedisRateLimiter(properties.replenishRate(), properties.burstCapacity(), 1);
    }
}
