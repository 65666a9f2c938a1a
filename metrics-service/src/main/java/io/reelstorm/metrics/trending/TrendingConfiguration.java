package io.reelstorm.metrics.trending;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TrendingConfiguration {

    @Bean
    TrendingDecay trendingDecay(TrendingProperties properties) {
        return new TrendingDecay(properties.halfLife());
    }
}
