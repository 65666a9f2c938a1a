package io.reelstorm.common.redis;

import io.lettuce.core.resource.ClientResources;
import io.lettuce.core.resource.Delay;
import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.dc.PeerProperties;
import io.reelstorm.common.views.StalenessProperties;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One {@link RedisStore} per configured store ({@code reelstorm.stores.meta.uri},
 * {@code reelstorm.stores.counters.uri}), each with a health indicator ({@code redisMeta},
 * {@code redisCounters}) for the service's readiness group, and the {@link Catalog} over the
 * metadata store.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.data.redis.autoconfigure.DataRedisAutoConfiguration")
@EnableConfigurationProperties({StoresProperties.class, PeerProperties.class, StalenessProperties.class})
public class RedisStoresAutoConfiguration {

    /** Shared with Spring Data Redis where an app also uses it (the gateway's rate limiter): one set of event loops. */
    @Bean(destroyMethod = "shutdown")
    @ConditionalOnMissingBean(ClientResources.class)
    ClientResources redisClientResources() {
        // Lettuce's default backs off up to 30 s between reconnects; a store back from an outage should be used within ~2 s.
        return ClientResources.builder()
                .reconnectDelay(Delay.exponential(Duration.ofMillis(100), Duration.ofSeconds(2), 2, TimeUnit.MILLISECONDS))
                .build();
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("reelstorm.stores.meta.uri")
    static class MetaStore {

        @Bean
        RedisStore redisMetaStore(StoresProperties stores, ClientResources resources) {
            return new RedisStore("redis-meta", stores.meta(), resources);
        }

        @Bean
        RedisStoreHealthIndicator redisMetaHealthIndicator(@Qualifier("redisMetaStore") RedisStore store) {
            return new RedisStoreHealthIndicator(store);
        }

        @Bean
        Catalog catalog(@Qualifier("redisMetaStore") RedisStore store, StoresProperties stores) {
            return new Catalog(store, stores.meta().commandTimeout());
        }
    }

    /**
     * The peer data center's stores, reached through the inter-DC link. No health indicator on
     * purpose: a dark peer must never make this data center unready.
     */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("reelstorm.peer.stores.meta.uri")
    static class PeerMetaStore {

        @Bean
        RedisStore peerMetaStore(PeerProperties peer, ClientResources resources) {
            return new RedisStore(peer.dc() + "/redis-meta", peer.stores().meta(), resources);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("reelstorm.peer.stores.counters.uri")
    static class PeerCountersStore {

        @Bean
        RedisStore peerCountersStore(PeerProperties peer, ClientResources resources) {
            return new RedisStore(peer.dc() + "/redis-counters", peer.stores().counters(), resources);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty("reelstorm.stores.counters.uri")
    static class CountersStore {

        @Bean
        RedisStore redisCountersStore(StoresProperties stores, ClientResources resources) {
            return new RedisStore("redis-counters", stores.counters(), resources);
        }

        @Bean
        RedisStoreHealthIndicator redisCountersHealthIndicator(@Qualifier("redisCountersStore") RedisStore store) {
            return new RedisStoreHealthIndicator(store);
        }
    }
}
