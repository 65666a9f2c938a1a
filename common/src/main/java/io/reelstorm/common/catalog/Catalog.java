package io.reelstorm.common.catalog;

import io.lettuce.core.Limit;
import io.lettuce.core.Range;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.reelstorm.common.redis.RedisStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Reads the video catalogue from a data center's metadata Redis. */
public class Catalog {

    private final RedisStore meta;
    private final Duration timeout;

    public Catalog(RedisStore meta, Duration timeout) {
        this.meta = meta;
        this.timeout = timeout;
    }

    public Optional<Video> find(String videoId) {
        return Optional.ofNullable(Video.fromHash(meta.sync().hgetall(CatalogKeys.video(videoId))));
    }

    public boolean exists(String videoId) {
        return meta.sync().exists(CatalogKeys.video(videoId)) > 0;
    }

    /** The videos that exist among {@code videoIds}, in the order asked, fetched in one pipelined round. */
    public Map<String, Video> findAll(Collection<String> videoIds) {
        RedisAsyncCommands<String, String> async = meta.async();
        Map<String, RedisFuture<Map<String, String>>> pending = new LinkedHashMap<>();
        for (String id : videoIds) {
            pending.putIfAbsent(id, async.hgetall(CatalogKeys.video(id)));
        }
        Map<String, Video> found = new LinkedHashMap<>();
        for (Map.Entry<String, RedisFuture<Map<String, String>>> entry : pending.entrySet()) {
            Video video = Video.fromHash(await(entry.getValue()));
            if (video != null) {
                found.put(entry.getKey(), video);
            }
        }
        return found;
    }

    /** Up to {@code limit} ids older than {@code beforeExclusive} (or the newest when null), newest first. */
    public List<String> recentIds(String beforeExclusive, int limit) {
        return newestFirst(CatalogKeys.RECENT, beforeExclusive, limit);
    }

    /** Up to {@code limit} of a creator's video ids, newest first. */
    public List<String> creatorVideoIds(String creatorId, int limit) {
        return newestFirst(CatalogKeys.creator(creatorId), null, limit);
    }

    private List<String> newestFirst(String key, String beforeExclusive, int limit) {
        Range<String> range = beforeExclusive == null
                ? Range.unbounded()
                : Range.from(Range.Boundary.unbounded(), Range.Boundary.excluding(beforeExclusive));
        return new ArrayList<>(meta.sync().zrevrangebylex(key, range, Limit.create(0, limit)));
    }

    private <T> T await(RedisFuture<T> future) {
        try {
            return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException("interrupted while reading the catalogue", e);
        } catch (TimeoutException e) {
            throw new RedisCommandTimeoutException("catalogue read timed out after " + timeout);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RedisException re ? re : new RedisException(e.getCause());
        }
    }
}
