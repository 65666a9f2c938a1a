package io.reelstorm.upload.fixes;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.common.fixes.FixSwitches;

/**
 * The fixes that change how upload-service is wired, as they were when it started. They are
 * "restart" fixes in the brief: flipping them later through {@code /internal/fixes} changes nothing
 * until the next start.
 *
 * @param activeActiveData this data center writes its own catalogue, appends every change to the
 *                         {@code replication:catalog} stream and applies its peer's
 * @param uploadFailover   an upload's bytes go to both data centers' object stores (to the reachable
 *                         one when one is not), and reads fall back to the peer's store
 */
public record StartupFixes(boolean activeActiveData, boolean uploadFailover) {

    public static StartupFixes of(FixSwitches switches) {
        return new StartupFixes(switches.isOn(Fix.ACTIVE_ACTIVE_DATA), switches.isOn(Fix.UPLOAD_FAILOVER));
    }
}
