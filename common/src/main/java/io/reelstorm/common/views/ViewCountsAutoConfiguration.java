package io.reelstorm.common.views;

import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.fixes.FixesAutoConfiguration;
import java.net.http.HttpClient;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.RestClient;

/**
 * For services that show view counts: they set {@code reelstorm.views.metrics-url}. The reader they
 * get picks its strategy per call from the fix switches ({@code honest-reads}), and reads through the
 * service's {@link ViewCountsGuard} while {@code circuit-breakers} is on, when the service has one.
 */
@AutoConfiguration(after = FixesAutoConfiguration.class)
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
    LastKnownCounts lastKnownViewCounts(ViewCountsProperties properties) {
        return new LastKnownCounts(properties.lastKnownCapacity());
    }

    @Bean
    @ConditionalOnMissingBean
    ViewCountReader viewCountReader(ViewCountsClient client, ObjectProvider<ViewCountsGuard> guard, LastKnownCounts lastKnown,
                                    FixSwitches switches) {
        ViewCountsGuard breaker = guard.getIfAvailable();
        ViewCountsSource source = breaker == null ? client : new CircuitBreakerSwitch(client, breaker, switches);
        ViewCountsSource recorded = lastKnown.recording(source);
        return new ViewCountStrategySwitch(switches, new MissingMeansZero(recorded), new HonestReads(recorded, lastKnown));
    }
}
