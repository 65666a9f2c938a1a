package io.reelstorm.common.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.ResourcePropertySource;

/**
 * Adds {@code reelstorm-defaults.properties} (log format, actuator exposure, health probes, graceful
 * shutdown) beneath every service's own configuration, so each {@code application.yml} only says
 * what is particular to that service.
 */
public class ReelstormDefaults implements EnvironmentPostProcessor {

    static final String RESOURCE = "reelstorm-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        try {
            environment.getPropertySources().addLast(new ResourcePropertySource("reelstormDefaults", new ClassPathResource(RESOURCE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
