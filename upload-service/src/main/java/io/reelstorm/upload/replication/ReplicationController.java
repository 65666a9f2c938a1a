package io.reelstorm.upload.replication;

import io.reelstorm.common.dc.DataCenter;
import io.reelstorm.common.dc.PeerProperties;
import io.reelstorm.upload.failover.ObjectRepairStatus;
import io.reelstorm.upload.fixes.StartupFixes;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /internal/replication}: how this instance replicates the catalogue ({@code catalog}) and
 * repairs owed copies of bytes ({@code objects}), or why it does not. Internal: the gateway does not
 * route it.
 */
@RestController
class ReplicationController {

    private final DataCenter dataCenter;
    private final PeerProperties peer;
    private final StartupFixes fixes;
    private final ObjectProvider<CatalogReplicationStatus> catalog;
    private final ObjectProvider<ObjectRepairStatus> objects;

    ReplicationController(DataCenter dataCenter, PeerProperties peer, StartupFixes fixes,
                          ObjectProvider<CatalogReplicationStatus> catalog, ObjectProvider<ObjectRepairStatus> objects) {
        this.dataCenter = dataCenter;
        this.peer = peer;
        this.fixes = fixes;
        this.catalog = catalog;
        this.objects = objects;
    }

    @GetMapping("/internal/replication")
    Map<String, Object> replication() {
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("dc", dataCenter.name());
        answer.put("instance", dataCenter.instance());
        answer.put("peer", peer.dc());
        CatalogReplicationStatus catalogStatus = catalog.getIfAvailable();
        answer.put("catalog", catalogStatus != null ? catalogStatus.view()
                : off(fixes.activeActiveData(), "active-active-data", peer.stores() != null && peer.stores().meta() != null,
                "reelstorm.peer.stores.meta.uri"));
        ObjectRepairStatus objectStatus = objects.getIfAvailable();
        answer.put("objects", objectStatus != null ? objectStatus.view()
                : off(fixes.uploadFailover(), "upload-failover", peer.objectsEndpoint() != null, "reelstorm.peer.objects-endpoint"));
        return answer;
    }

    private Off off(boolean fixOn, String fix, boolean peerConfigured, String peerProperty) {
        if (!fixOn) {
            return new Off(fix + " is off");
        }
        if (!peerConfigured) {
            return new Off("no peer: " + peerProperty + " is not set");
        }
        return new Off("instance " + dataCenter.instance() + ": only instance 1 of a data center does this");
    }

    /** @param reason why this instance does not do it */
    record Off(boolean enabled, String reason) {
        Off(String reason) {
            this(false, reason);
        }
    }
}
