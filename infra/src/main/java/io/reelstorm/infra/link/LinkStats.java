package io.reelstorm.infra.link;

/**
 * What a link has carried since it was opened.
 *
 * @param openConnections  client connections open now
 * @param totalConnections client connections accepted so far
 * @param bytesToTarget    bytes delivered from clients to the target
 * @param bytesToClient    bytes delivered from the target to clients
 * @param resets           connections reset by a {@link LinkFault.Reset} fault
 * @param failedConnects   connections closed because the target could not be reached (down, refused)
 * @param heldBytes        bytes received but not yet delivered: delayed by latency, loss or bandwidth, or held by a partition
 */
public record LinkStats(
        int openConnections,
        long totalConnections,
        long bytesToTarget,
        long bytesToClient,
        long resets,
        long failedConnects,
        long heldBytes) {
}
