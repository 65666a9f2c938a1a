package io.reelstorm.common.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisURI;
import io.lettuce.core.SocketOptions;
import io.lettuce.core.TimeoutOptions;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.lettuce.core.api.sync.RedisCommands;
import io.lettuce.core.resource.ClientResources;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One named Redis store (e.g. {@code redis-meta}) behind a single shared, auto-reconnecting Lettuce
 * connection. The connection is opened on first use, so a service starts (and reports itself not
 * ready) while its store is down instead of failing to boot.
 */
public class RedisStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(RedisStore.class);
    private static final Duration RECONNECT_PAUSE = Duration.ofMillis(500);

    private final String name;
    private final RedisClient client;
    private volatile StatefulRedisConnection<String, String> connection;
    private Instant nextAttempt = Instant.MIN;

    public RedisStore(String name, RedisEndpoint endpoint, ClientResources resources) {
        this.name = name;
        RedisURI uri = RedisURI.create(endpoint.uri());
        uri.setTimeout(endpoint.commandTimeout());
        this.client = RedisClient.create(resources, uri);
        client.setOptions(ClientOptions.builder()
                .socketOptions(SocketOptions.builder().connectTimeout(endpoint.connectTimeout()).keepAlive(true).build())
                .timeoutOptions(TimeoutOptions.enabled(endpoint.commandTimeout()))
                // Fail commands at once while disconnected rather than queueing them behind a dead link.
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .build());
    }

    public String name() {
        return name;
    }

    public RedisCommands<String, String> sync() {
        return connection().sync();
    }

    public RedisAsyncCommands<String, String> async() {
        return connection().async();
    }

    public StatefulRedisConnection<String, String> connection() {
        StatefulRedisConnection<String, String> current = connection;
        return current != null ? current : connect();
    }

    private synchronized StatefulRedisConnection<String, String> connect() {
        if (connection != null) {
            return connection;
        }
        if (Instant.now().isBefore(nextAttempt)) {
            throw new RedisConnectionException("Redis store " + name + " is unreachable (retrying shortly)");
        }
        try {
            connection = client.connect();
            log.info("event=store-connected store={}", name);
            return connection;
        } catch (RuntimeException e) {
            nextAttempt = Instant.now().plus(RECONNECT_PAUSE);
            throw e;
        }
    }

    @Override
    public void close() {
        StatefulRedisConnection<String, String> current = connection;
        if (current != null) {
            current.close();
        }
        client.shutdown();
    }
}
