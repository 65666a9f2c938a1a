package io.reelstorm.common.redis;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when the store answers PING; part of readiness, never of liveness. */
public class RedisStoreHealthIndicator extends AbstractHealthIndicator {

    private final RedisStore store;

    public RedisStoreHealthIndicator(RedisStore store) {
        super("Redis store " + store.name() + " did not answer PING");
        this.store = store;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) {
        String reply = store.sync().ping();
        builder.up().withDetail("store", store.name()).withDetail("ping", reply);
    }
}
