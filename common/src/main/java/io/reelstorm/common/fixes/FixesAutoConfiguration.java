package io.reelstorm.common.fixes;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(FixesProperties.class)
public class FixesAutoConfiguration {

    @Bean
    FixSwitches fixSwitches(FixesProperties properties) {
        return new FixSwitches(properties.enabled());
    }
}
