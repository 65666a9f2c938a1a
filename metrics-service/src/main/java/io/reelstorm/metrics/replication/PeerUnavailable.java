package io.reelstorm.metrics.replication;

/** The peer's counter Redis did not answer (partition, power loss, slow link). */
class PeerUnavailable extends RuntimeException {

    PeerUnavailable(RuntimeException cause) {
        super(cause.getMessage(), cause, false, false);
    }
}
