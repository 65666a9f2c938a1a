package io.reelstorm.upload.failover;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.catalog.Catalog;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.upload.fixes.ConditionalOnStartupFix;
import io.reelstorm.upload.storage.ObjectStore;
import io.reelstorm.upload.storage.PeerObjectStore;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The repair of owed copies: with {@code upload-failover}, a peer store, on instance 1 only. */
@Configuration(proxyBeanMethods = false)
@ConditionalOnStartupFix(Fix.UPLOAD_FAILOVER)
@ConditionalOnProperty("reelstorm.peer.objects-endpoint")
@ConditionalOnProperty(name = "reelstorm.dc.instance", havingValue = "1", matchIfMissing = true)
class ObjectRepairConfiguration {

    @Bean
    ObjectRepairStatus objectRepairStatus(MeterRegistry registry) {
        ObjectRepairStatus status = new ObjectRepairStatus();
        Gauge.builder("reelstorm.objects.pending.copies", status, ObjectRepairStatus::pending)
                .description("Uploads whose bytes a data center's store still lacks (upload-failover)")
                .register(registry);
        FunctionCounter.builder("reelstorm.objects.copies.repaired", status, ObjectRepairStatus::copiedCount)
                .description("Owed copies made after a store came back")
                .register(registry);
        return status;
    }

    @Bean
    ObjectRepair objectRepair(@Qualifier("redisMetaStore") RedisStore meta, Catalog catalog, ObjectStore local, PeerObjectStore peer,
                              UploadFailoverProperties properties, ObjectRepairStatus status) {
        return new ObjectRepair(meta, catalog, local, peer.store(), properties, status);
    }
}
