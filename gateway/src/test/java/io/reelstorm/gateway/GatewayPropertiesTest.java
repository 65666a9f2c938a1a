package io.reelstorm.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelstorm.gateway.retry.NaiveRetries;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.http.HttpMethod;

class GatewayPropertiesTest {

    @Test
    void timeoutsDefaultToAQuickConnectAndALongResponse() {
        GatewayProperties properties = bind(everyService());

        assertThat(properties.activeDc()).isEqualTo("east");
        assertThat(properties.timeouts().connect()).isEqualTo(Duration.ofSeconds(2));
        assertThat(properties.responseTimeout("feed-service")).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.retryAfter()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aServiceMayHaveItsOwnResponseTimeout() {
        Map<String, String> settings = everyService();
        settings.put("reelstorm.gateway.services.feed-service.response-timeout", "700ms");

        assertThat(bind(settings).responseTimeout("feed-service")).isEqualTo(Duration.ofMillis(700));
    }

    @Test
    void aRoutedServiceWithoutInstancesFailsStartUpNamingTheProperty() {
        Map<String, String> settings = everyService();
        settings.keySet().removeIf(key -> key.contains("metrics-service"));

        assertThatThrownBy(() -> bind(settings))
                .isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("reelstorm.gateway.services.metrics-service.instances");
    }

    @Test
    void anInstanceUrlMustBeHttp() {
        Map<String, String> settings = everyService();
        settings.put("reelstorm.gateway.services.feed-service.instances[0].url", "redis://127.0.0.1:6381");

        assertThatThrownBy(() -> bind(settings)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("http(s)://host");
    }

    @Test
    void instancesAreNamedAsTheLauncherNamesItsProcesses() {
        Map<String, String> settings = everyService();
        settings.put("reelstorm.gateway.services.feed-service.instances[1].dc", "west");
        settings.put("reelstorm.gateway.services.feed-service.instances[1].url", "http://127.0.0.1:8282");
        settings.put("reelstorm.gateway.services.feed-service.instances[2].dc", "east");
        settings.put("reelstorm.gateway.services.feed-service.instances[2].url", "http://127.0.0.1:8192");

        GatewayProperties properties = bind(settings);

        assertThat(properties.service("feed-service").instances()).extracting(GatewayProperties.Instance::id)
                .containsExactly("east/feed-service", "west/feed-service", "east/feed-service#2");
        assertThat(properties.service("upload-service").instances().getFirst().id()).isEqualTo("east/upload-service");
        assertThat(properties.dataCenters()).containsExactly("east", "west");
    }

    @Test
    void anInstanceMayBeGivenItsOwnIdButNotOneAlreadyTaken() {
        Map<String, String> settings = everyService();
        settings.put("reelstorm.gateway.services.feed-service.instances[0].id", "east/feed-a");
        assertThat(bind(settings).service("feed-service").instances().getFirst().id()).isEqualTo("east/feed-a");

        settings.put("reelstorm.gateway.services.metrics-service.instances[0].id", "east/feed-a");
        assertThatThrownBy(() -> bind(settings)).isInstanceOf(BindException.class)
                .rootCause().hasMessageContaining("instances[0].id").hasMessageContaining("east/feed-a");
    }

    @Test
    void naiveRetriesRetryGetsThreeTimesUnlessConfiguredOtherwise() {
        NaiveRetries defaults = new Binder(new MapConfigurationPropertySource(Map.of()))
                .bindOrCreate("reelstorm.gateway.naive-retries", NaiveRetries.class);
        NaiveRetries configured = new Binder(new MapConfigurationPropertySource(Map.of(
                "reelstorm.gateway.naive-retries.retries", "1",
                "reelstorm.gateway.naive-retries.methods", "GET,HEAD")))
                .bindOrCreate("reelstorm.gateway.naive-retries", NaiveRetries.class);

        assertThat(defaults.retries()).isEqualTo(3);
        assertThat(defaults.methods()).containsExactly(HttpMethod.GET);
        assertThat(configured.retries()).isEqualTo(1);
        assertThat(configured.methods()).containsExactlyInAnyOrder(HttpMethod.GET, HttpMethod.HEAD);
    }

    private static GatewayProperties bind(Map<String, String> settings) {
        return new Binder(new MapConfigurationPropertySource(settings)).bindOrCreate("reelstorm.gateway", GatewayProperties.class);
    }

    private static Map<String, String> everyService() {
        Map<String, String> settings = new HashMap<>();
        int port = 8181;
        for (String service : new String[] {"upload-service", "feed-service", "metrics-service"}) {
            settings.put("reelstorm.gateway.services." + service + ".instances[0].dc", "east");
            settings.put("reelstorm.gateway.services." + service + ".instances[0].url", "http://127.0.0.1:" + port++);
        }
        return settings;
    }
}
