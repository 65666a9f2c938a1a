package io.reelstorm.common.dc;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

@AutoConfiguration
@EnableConfigurationProperties(DataCenterProperties.class)
public class DataCenterAutoConfiguration {

    @Bean
    DataCenter dataCenter(DataCenterProperties properties, @Value("${spring.application.name}") String service) {
        return new DataCenter(properties.name(), service, properties.instance());
    }
}
