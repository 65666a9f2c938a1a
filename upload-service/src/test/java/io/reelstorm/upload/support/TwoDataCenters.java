package io.reelstorm.upload.support;

import io.reelstorm.common.testing.TestStores;
import java.util.Map;
import org.testcontainers.containers.GenericContainer;

/**
 * Data centers {@code east} and {@code west}, each an upload-service with its own metadata Redis and
 * object store (S3Proxy), peers of each other, in resilient mode ({@code active-active-data} and
 * {@code upload-failover}). Started once per JVM for every test class that uses it; the stores are on
 * fixed ports so that a test can stop and start them ({@link Restartable}).
 */
public final class TwoDataCenters {

    private static TwoDataCenters resilient;

    public final GenericContainer<?> eastMeta;
    public final GenericContainer<?> westMeta;
    public final GenericContainer<?> eastObjects;
    public final GenericContainer<?> westObjects;
    public final DataCenterService east;
    public final DataCenterService west;

    private TwoDataCenters(String fixes) {
        eastMeta = TestStores.start(Restartable.onFixedPort(TestStores.newRedis(), 6379));
        westMeta = TestStores.start(Restartable.onFixedPort(TestStores.newRedis(), 6379));
        eastObjects = TestStores.start(Restartable.onFixedPort(TestStores.newS3(), 80));
        westObjects = TestStores.start(Restartable.onFixedPort(TestStores.newS3(), 80));
        east = DataCenterService.start(withFixes(DataCenterService.arguments("east", eastMeta, eastObjects, "west", westMeta, westObjects), fixes));
        west = DataCenterService.start(withFixes(DataCenterService.arguments("west", westMeta, westObjects, "east", eastMeta, eastObjects), fixes));
    }

    public static synchronized TwoDataCenters resilient() {
        if (resilient == null) {
            resilient = new TwoDataCenters("active-active-data,upload-failover");
        }
        return resilient;
    }

    private static Map<String, String> withFixes(Map<String, String> arguments, String fixes) {
        arguments.put("reelstorm.fixes.enabled", fixes);
        return arguments;
    }
}
