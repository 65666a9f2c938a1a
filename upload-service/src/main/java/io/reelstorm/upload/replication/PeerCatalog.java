package io.reelstorm.upload.replication;

import io.lettuce.core.KeyScanCursor;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisFuture;
import io.lettuce.core.ScanArgs;
import io.lettuce.core.ScanCursor;
import io.lettuce.core.StreamMessage;
import io.lettuce.core.XReadArgs;
import io.lettuce.core.api.async.RedisAsyncCommands;
import io.reelstorm.common.catalog.CatalogKeys;
import io.reelstorm.common.redis.RedisStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.function.Consumer;

/**
 * The peer data center's catalogue, read (never written) through the inter-DC link: its
 * {@code replication:catalog} stream, and for a snapshot its video hashes and tombstones.
 */
class PeerCatalog {

    private static final int SCAN_COUNT = 500;

    private final RedisStore peer;

    PeerCatalog(RedisStore peer) {
        this.peer = peer;
    }

    /** What the peer's stream looks like now. */
    StreamState stream() {
        if (peer.sync().exists(ReplicationKeys.CATALOG_STREAM) == 0) {
            return StreamState.ABSENT;
        }
        List<Object> info = peer.sync().xinfoStream(ReplicationKeys.CATALOG_STREAM);
        Map<String, Object> fields = new LinkedHashMap<>();
        for (int i = 0; i + 1 < info.size(); i += 2) {
            fields.put(String.valueOf(info.get(i)), info.get(i + 1));
        }
        long length = number(fields, "length");
        String first = length == 0 ? null : idField(fields, "recorded-first-entry-id");
        return new StreamState(true, idField(fields, "last-generated-id"), idField(fields, "max-deleted-entry-id"), first, length,
                fields.containsKey("entries-added") ? number(fields, "entries-added") : -1);
    }

    /** Up to {@code count} entries after {@code offset}, waiting up to {@code wait} for the first. */
    List<StreamMessage<String, String>> read(String offset, int count, Duration wait) {
        return peer.sync().xread(XReadArgs.Builder.count(count).block(wait),
                XReadArgs.StreamOffset.from(ReplicationKeys.CATALOG_STREAM, offset));
    }

    /** Every video hash the peer holds, a page at a time. */
    void scanVideos(Consumer<List<Map<String, String>>> page) {
        scan(CatalogKeys.video("*"), keys -> {
            RedisAsyncCommands<String, String> async = peer.async();
            List<RedisFuture<Map<String, String>>> pending = new ArrayList<>();
            keys.forEach(key -> pending.add(async.hgetall(key)));
            List<Map<String, String>> hashes = new ArrayList<>();
            for (RedisFuture<Map<String, String>> future : pending) {
                Map<String, String> hash = await(future);
                if (hash != null && !hash.isEmpty()) {
                    hashes.add(hash);
                }
            }
            page.accept(hashes);
        });
    }

    /** Every tombstone the peer holds (video id to creator), a page at a time. */
    void scanTombstones(Consumer<Map<String, String>> page) {
        String prefix = ReplicationKeys.tombstone("");
        scan(ReplicationKeys.tombstone("*"), keys -> {
            RedisAsyncCommands<String, String> async = peer.async();
            Map<String, RedisFuture<String>> pending = new LinkedHashMap<>();
            keys.forEach(key -> pending.put(key.substring(prefix.length()), async.get(key)));
            Map<String, String> tombstones = new LinkedHashMap<>();
            pending.forEach((id, future) -> {
                String creator = await(future);
                if (creator != null) {
                    tombstones.put(id, creator);
                }
            });
            page.accept(tombstones);
        });
    }

    private void scan(String pattern, Consumer<List<String>> page) {
        ScanArgs args = ScanArgs.Builder.matches(pattern).limit(SCAN_COUNT);
        KeyScanCursor<String> cursor = peer.sync().scan(args);
        while (true) {
            if (!cursor.getKeys().isEmpty()) {
                page.accept(cursor.getKeys());
            }
            if (cursor.isFinished()) {
                return;
            }
            cursor = peer.sync().scan(ScanCursor.of(cursor.getCursor()), args);
        }
    }

    private static String idField(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? StreamIds.ORIGIN : String.valueOf(value);
    }

    private static long number(Map<String, Object> fields, String name) {
        Object value = fields.get(name);
        return value == null ? 0 : Long.parseLong(String.valueOf(value));
    }

    /** Bounded by the store's command timeout, which fails the future when it passes. */
    private static <T> T await(RedisFuture<T> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new RedisException("interrupted while reading the peer's catalogue", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RedisException re ? re : new RedisException(e.getCause());
        }
    }

    /**
     * The peer's stream. The peer only ever removes entries from its head (approximate
     * {@code MAXLEN} trimming), so what it holds is an unbroken run of the newest entries.
     *
     * @param exists       false when the peer has no stream (nothing written yet, or it lost it)
     * @param lastId       the id of the last entry ever added
     * @param maxDeletedId the highest id deleted one by one (trimming does not count here)
     * @param firstId      the id of the oldest entry it still holds; null when it holds none
     * @param length       how many entries it holds
     * @param entriesAdded how many entries were ever added (-1 when the server does not say)
     */
    record StreamState(boolean exists, String lastId, String maxDeletedId, String firstId, long length, long entriesAdded) {

        static final StreamState ABSENT = new StreamState(false, StreamIds.ORIGIN, StreamIds.ORIGIN, null, 0, 0);

        /**
         * Whether a follower at {@code offset} can no longer follow the stream and must take a
         * snapshot: it has no offset, the peer's stream started over, or entries after the offset
         * may be gone. The entry the follower stands on having been trimmed is taken as "may be
         * gone" (what followed it could have gone too): at worst one needless snapshot.
         */
        boolean lostTrackOf(String offset) {
            if (offset == null) {
                return true;
            }
            if (!exists) {
                return !StreamIds.ORIGIN.equals(offset);
            }
            if (StreamIds.after(offset, lastId)) {
                return true;
            }
            if (offset.equals(lastId) || entriesAdded == length) {
                return false;
            }
            if (StreamIds.after(maxDeletedId, offset)) {
                return true;
            }
            return firstId == null || StreamIds.after(firstId, offset);
        }
    }
}
