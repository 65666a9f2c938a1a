package io.reelstorm.upload.storage;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/**
 * Up when the store answers and the bucket exists (it is created here when missing, so a fresh store
 * becomes ready without waiting for a first upload). Part of readiness, never of liveness.
 */
public class ObjectStoreHealthIndicator extends AbstractHealthIndicator {

    private final ObjectStore store;

    public ObjectStoreHealthIndicator(ObjectStore store) {
        super("Object store health check failed");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        builder.withDetail("bucket", store.bucket());
        try {
            store.verifyBucket();
            builder.up();
        } catch (ObjectStoreException e) {
            builder.down().withDetail("error", String.valueOf(e.storeFailure()));
        }
    }
}
