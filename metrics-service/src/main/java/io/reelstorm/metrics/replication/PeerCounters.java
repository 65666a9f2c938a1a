package io.reelstorm.metrics.replication;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.KeyValue;
import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.metrics.counters.CounterKeys;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Supplier;

/**
 * Reads the peer's counter Redis, and only reads it: replication never writes the peer, so a data
 * center that came back empty can never pull its peer down. Any failure surfaces as
 * {@link PeerUnavailable}.
 */
class PeerCounters {

    private final RedisStore peer;
    private final XReadArgs readArgs;
    private final int snapshotBatchSize;

    PeerCounters(RedisStore peer, ReplicationProperties properties) {
        this.peer = peer;
        this.readArgs = XReadArgs.Builder.block(properties.block()).count(properties.batchSize());
        this.snapshotBatchSize = properties.snapshotBatchSize();
    }

    /** Entries after {@code offset}, waiting up to the block time for some to arrive. */
    List<StreamMessage<String, String>> readAfter(String offset) {
        return call(() -> peer.sync().xread(readArgs, XReadArgs.StreamOffset.from(CounterKeys.REPLICATION_STREAM, offset)));
    }

    PeerStream stream() {
        return call(() -> {
            try {
                return PeerStream.fromXinfo(peer.sync().xinfoStream(CounterKeys.REPLICATION_STREAM));
            } catch (RedisCommandExecutionException e) {
                if (e.getMessage() != null && e.getMessage().contains("no such key")) {
                    return PeerStream.ABSENT;
                }
                throw e;
            }
        });
    }

    /** One page of the peer's keys that match {@code pattern}. */
    KeyScanCursor<String> scan(ScanCursor cursor, String pattern) {
        ScanArgs args = ScanArgs.Builder.matches(pattern).limit(snapshotBatchSize);
        return call(() -> peer.sync().scan(cursor, args));
    }

    /** The values behind {@code keys}, in one round; keys gone meanwhile are left out. */
    Map<String, String> values(List<String> keys) {
        if (keys.isEmpty()) {
            return Map.of();
        }
        return call(() -> {
            Map<String, String> found = new LinkedHashMap<>();
            peer.sync().mget(keys.toArray(String[]::new)).stream()
                    .filter(KeyValue::hasValue)
                    .forEach(value -> found.put(value.getKey(), value.getValue()));
            return found;
        });
    }

    /** The counters behind {@code keys}, fetched in one pipelined round; keys gone meanwhile are left out. */
    Map<String, Map<String, String>> counters(List<String> keys) {
        return call(() -> {
            RedisAsyncCommands<String, String> async = peer.async();
            Map<String, RedisFuture<Map<String, String>>> pending = new LinkedHashMap<>();
            keys.forEach(key -> pending.put(key, async.hgetall(key)));
            Map<String, Map<String, String>> found = new LinkedHashMap<>();
            for (Map.Entry<String, RedisFuture<Map<String, String>>> entry : pending.entrySet()) {
                Map<String, String> hash = await(entry.getValue());
                if (hash != null && !hash.isEmpty()) {
                    found.put(entry.getKey(), hash);
                }
            }
            return found;
        });
    }

    private static <T> T call(Supplier<T> command) {
        try {
            return command.get();
        } catch (RedisException e) {
            throw new PeerUnavailable(e);
        }
    }

    /** Bounded by the peer store's command timeout, which fails the future when it passes. */
    private static <T> T await(RedisFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException("interrupted while reading the peer's counters", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RedisException re ? re : new RedisException(e.getCause());
        }
    }
}
