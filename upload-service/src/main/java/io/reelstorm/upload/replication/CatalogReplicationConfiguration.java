package io.reelstorm.upload.replication;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.dc.PeerProperties;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.failover.ObjectPlacement;
import io.reelstorm.upload.fixes.ConditionalOnStartupFix;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The follower of the peer's catalogue: with {@code active-active-data}, a peer metadata store, on
 * instance 1 only. Metrics: {@code reelstorm.replication.lag} (seconds), {@code
 * reelstorm.replication.events} (by type) and {@code reelstorm.replication.snapshots}, all tagged
 * {@code stream=catalog}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnStartupFix(Fix.ACTIVE_ACTIVE_DATA)
@ConditionalOnProperty("reelstorm.peer.stores.meta.uri")
@ConditionalOnProperty(name = "reelstorm.dc.instance", havingValue = "1", matchIfMissing = true)
class CatalogReplicationConfiguration {

    private static final String STREAM = "catalog";

    @Bean
    CatalogReplicationStatus catalogReplicationStatus(PeerProperties peer, MeterRegistry registry) {
        CatalogReplicationStatus status = new CatalogReplicationStatus(peer.dc(), Clock.systemUTC());
        Gauge.builder("reelstorm.replication.lag", status, s -> s.lag().toMillis() / 1000.0)
                .description("How far behind the peer's catalogue this data center may be")
                .baseUnit("seconds")
                .tag("stream", STREAM)
                .register(registry);
        for (String type : new String[] {CatalogEvent.CREATED, CatalogEvent.DELETED}) {
            FunctionCounter.builder("reelstorm.replication.events", status, s -> s.applied(type))
                    .description("Peer catalogue events that changed this data center's catalogue")
                    .tag("stream", STREAM)
                    .tag("type", type)
                    .register(registry);
        }
        FunctionCounter.builder("reelstorm.replication.snapshots", status, CatalogReplicationStatus::snapshotCount)
                .description("Snapshot catch-ups from the peer")
                .tag("stream", STREAM)
                .register(registry);
        return status;
    }

    @Bean
    CatalogReplicator catalogReplicator(@Qualifier("peerMetaStore") RedisStore peerMeta, @Qualifier("redisMetaStore") RedisStore localMeta,
                                        PeerProperties peer, ObjectPlacement objects, ReplicationProperties properties,
                                        CatalogReplicationStatus status) {
        if (peer.dc() == null || peer.dc().isBlank()) {
            throw new IllegalStateException("reelstorm.peer.dc must name the peer data center for active-active-data");
        }
        return new CatalogReplicator(peerMeta, localMeta, peer.dc(), objects, properties, status);
    }
}
