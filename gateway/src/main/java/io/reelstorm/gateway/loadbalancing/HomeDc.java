package io.reelstorm.gateway.loadbalancing;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;

/**
 * The data center a client belongs to while both serve: a stable hash of its key over the data centers, so that
 * its reads go where its writes went (and keep doing so across gateway restarts).
 */
public final class HomeDc {

    private HomeDc() {
    }

    /**
     * @param clientKey   the client's {@code X-Client-Id}, or its remote address
     * @param dataCenters every data center, always in the same order
     */
    public static String of(String clientKey, List<String> dataCenters) {
        CRC32 hash = new CRC32();
        hash.update(clientKey.getBytes(StandardCharsets.UTF_8));
        return dataCenters.get((int) (hash.getValue() % dataCenters.size()));
    }
}
