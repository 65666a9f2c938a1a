package io.reelstorm.feed.cursor;

import io.reelstorm.feed.FeedProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class CursorConfiguration {

    @Bean
    CursorCodec cursorCodec(FeedProperties properties) {
        return new CursorCodec(properties.cursorSecret());
    }
}
