package io.reelstorm.metrics.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.reelstorm.common.ids.Ulid;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.RequiresDocker;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.metrics.MetricsServiceIntegration;
import io.reelstorm.metrics.testing.ServiceClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.Network;
import tools.jackson.databind.JsonNode;

/**
 * Naive mode after {@code failover west}: west's metrics-service serves, but its counter Redis is
 * still a read-only replica of east's ({@code REPLICAOF}), as nobody promoted it.
 */
@RequiresDocker
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "reelstorm.dc.name=west")
@DirtiesContext
class ReadOnlyReplicaIT {

    private static Network network;
    private static GenericContainer<?> eastCounters;
    private static GenericContainer<?> westCounters;

    @LocalServerPort
    int port;

    @Autowired
    @Qualifier("redisMetaStore")
    RedisStore meta;

    @DynamicPropertySource
    static void stores(DynamicPropertyRegistry registry) throws Exception {
        network = Network.newNetwork();
        eastCounters = TestStores.start(TestStores.newRedis().withNetwork(network).withNetworkAliases("east-counters"));
        westCounters = TestStores.start(TestStores.newRedis().withNetwork(network));
        assertThat(westCounters.execInContainer("redis-cli", "REPLICAOF", "east-counters", "6379").getStdout()).contains("OK");
        registry.add("reelstorm.stores.meta.uri", () -> TestStores.redisUri(TestStores.redis()) + "/0");
        registry.add("reelstorm.stores.counters.uri", () -> TestStores.redisUri(westCounters));
    }

    @AfterAll
    static void stopTheStores() {
        westCounters.stop();
        eastCounters.stop();
        network.close();
    }

    @Test
    void readsOnTheReplicaShowWhatEastCountedButAViewIsA503ProblemWithRetryAfterNotA500() {
        ServiceClient west = new ServiceClient(port);
        String video = MetricsServiceIntegration.seedVideo(meta, new Ulid().next());
        RedisClient client = RedisClient.create(TestStores.redisUri(eastCounters));
        try (StatefulRedisConnection<String, String> east = client.connect()) {
            east.sync().hset("views:" + video, "east." + new Ulid().next(), "4");
        } finally {
            client.shutdown();
        }
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(west.stats(video).get("views").asLong()).isEqualTo(4));

        var answer = west.view(video);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).hasValueSatisfying(seconds -> assertThat(Long.parseLong(seconds)).isPositive());
        assertThat(answer.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = ServiceClient.json(answer);
        assertThat(problem.get("type").asString()).isEqualTo("https://reelstorm.dev/problems/store-unavailable");
        assertThat(problem.get("detail").asString()).contains("read-only replica");
        assertThat(west.stats(video).get("views").asLong()).as("nothing was counted").isEqualTo(4);
    }
}
