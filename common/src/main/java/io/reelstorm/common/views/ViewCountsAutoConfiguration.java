package io.reelstorm.common.views;

import java.net.http.HttpClient;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/** For services that show view counts: they set {@code reelstorm.views.metrics-url}. */
@AutoConfiguration
@ConditionalOnProperty("reelstorm.views.metrics-url")
@EnableConfigurationProperties(ViewCountsProperties.class)
public class ViewCountsAutoConfiguration {

    @Bean
    ViewCountsClient viewCountsClient(ViewCountsProperties properties, RestClient.Builder builder) {
        HttpClient httpClient = HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build();
        JdkClientHttpRequestFactory requestFactory = new JdkClientHttpRequestFactory(httpClient);
        requestFactory.setReadTimeout(properties.timeout());
        return new ViewCountsClient(builder.clone().baseUrl(properties.metricsUrl()).requestFactory(requestFactory).build());
    }

    @Bean
    @ConditionalOnMissingBean
    ViewCountReader viewCountReader(ViewCountsClient client) {
        return new MissingMeansZero(client);
    }
}
