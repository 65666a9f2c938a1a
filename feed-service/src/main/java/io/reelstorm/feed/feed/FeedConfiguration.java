package io.reelstorm.feed.feed;

import io.reelstorm.feed.FeedProperties;
import io.reelstorm.feed.trending.TrendingSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class FeedConfiguration {

    @Bean
    FeedPager feedPager(FeedCatalog catalog, TrendingSource trending, FeedProperties properties) {
        return new FeedPager(catalog, trending, properties.trendingSlots(), properties.blendEvery());
    }
}
