package io.reelstorm.upload.video;

import io.reelstorm.common.ids.Ulid;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class IdsConfiguration {

    /** One generator per process, so ids made in the same millisecond still increase. */
    @Bean
    Ulid videoIds() {
        return new Ulid();
    }
}
