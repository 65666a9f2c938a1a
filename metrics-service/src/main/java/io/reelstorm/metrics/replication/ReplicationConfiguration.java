package io.reelstorm.metrics.replication;

import io.micrometer.core.instrument.MeterRegistry;
import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.dc.PeerProperties;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;
import io.reelstorm.common.redis.RedisStore;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class ReplicationConfiguration {

    /** Read once: the fix needs a restart, so flipping it later through the control API changes nothing here. */
    @Bean
    ActiveActiveData activeActiveData(FixSwitches switches, PeerProperties peer) {
        if (!switches.isOn(Fix.ACTIVE_ACTIVE_DATA)) {
            return ActiveActiveData.OFF;
        }
        if (peer.dc() == null || peer.dc().isBlank() || peer.stores() == null || peer.stores().counters() == null) {
            throw new IllegalStateException("active-active-data replicates counters from the peer data center: "
                    + "set reelstorm.peer.dc and reelstorm.peer.stores.counters.uri");
        }
        return new ActiveActiveData(true, peer.dc());
    }

    @Bean
    @Conditional(OnActiveActiveData.class)
    CounterReplicator counterReplicator(ActiveActiveData activeActive,
                                        @Qualifier("peerCountersStore") RedisStore peer,
                                        @Qualifier("redisCountersStore") RedisStore local,
                                        PeerProperties peerProperties,
                                        ReplicationProperties properties, DataCenter dataCenter, Clock clock,
                                        MeterRegistry meters) {
        if (properties.block().compareTo(peerProperties.stores().counters().commandTimeout()) >= 0) {
            throw new IllegalStateException("reelstorm.replication.block (" + properties.block()
                    + ") must be shorter than reelstorm.peer.stores.counters.command-timeout ("
                    + peerProperties.stores().counters().commandTimeout() + ")");
        }
        return new CounterReplicator(new PeerCounters(peer, properties), new CounterMerge(local, activeActive.peer(), properties.streamMaxLength()),
                activeActive.peer(), dataCenter.instance() == 1, properties, clock, meters);
    }
}
