package io.reelstorm.common.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.lettuce.core.RedisException;
import io.lettuce.core.resource.ClientResources;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.testcontainers.containers.GenericContainer;

@RequiresDocker
class RedisStoreIT {

    private static ClientResources resources;

    @BeforeAll
    static void resources() {
        resources = ClientResources.create();
    }

    @AfterAll
    static void release() {
        resources.shutdown();
    }

    @Test
    void talksToARealRedisAndReportsItHealthy() {
        GenericContainer<?> redis = TestStores.redis();
        try (RedisStore store = new RedisStore("redis-meta", endpoint(TestStores.redisUri(redis)), resources)) {
            store.sync().set("greeting", "hello");

            assertThat(store.sync().get("greeting")).isEqualTo("hello");
            assertThat(new RedisStoreHealthIndicator(store).health(true).getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    void aStoreThatIsDownMakesCallsFailFastAndHealthDownWithoutBreakingStartUp() {
        try (RedisStore store = new RedisStore("redis-counters", endpoint("redis://127.0.0.1:1"), resources)) {
            assertThatThrownBy(() -> store.sync().ping()).isInstanceOf(RedisException.class);
            assertThat(new RedisStoreHealthIndicator(store).health(true).getStatus()).isEqualTo(Status.DOWN);
        }
    }

    private static RedisEndpoint endpoint(String uri) {
        return new RedisEndpoint(uri, Duration.ofSeconds(1), Duration.ofSeconds(2));
    }
}
