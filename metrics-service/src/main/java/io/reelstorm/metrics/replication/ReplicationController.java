package io.reelstorm.metrics.replication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /internal/replication}: how far this data center's counters follow its peer's. Internal. */
@RestController
class ReplicationController {

    private final ObjectProvider<CounterReplicator> replicator;

    ReplicationController(ObjectProvider<CounterReplicator> replicator) {
        this.replicator = replicator;
    }

    @GetMapping("/internal/replication")
    ReplicationStatus status() {
        CounterReplicator running = replicator.getIfAvailable();
        return running == null ? ReplicationStatus.DISABLED : running.status();
    }
}
