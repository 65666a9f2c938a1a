package io.reelstorm.feed.trending;

import io.reelstorm.common.views.BreakerGuard;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.views.ViewCountsProperties;
import io.reelstorm.feed.FeedProperties;
import java.net.http.HttpClient;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** The trending list comes from the same metrics-service as the counts, with its own timeout. */
@Configuration(proxyBeanMethods = false)
class TrendingClientConfiguration {

    @Bean
    TrendingClient trendingClient(ViewCountsProperties metrics, FeedProperties feed, RestClient.Builder builder,
                                  BreakerGuard metricsServiceGuard, FixSwitches switches) {
        HttpClient httpClient = HttpClient.newBuilder().connectTimeout(metrics.connectTimeout()).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(feed.trendingTimeout());
        return new TrendingClient(builder.clone().baseUrl(metrics.metricsUrl()).requestFactory(requestFactory).build(),
                metricsServiceGuard, switches);
    }
}
