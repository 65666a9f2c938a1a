package io.reelstorm.upload.support;

import io.reelstorm.common.redis.RedisStore;
import io.reelstorm.common.testing.TestStores;
import io.reelstorm.upload.UploadServiceApplication;
import io.reelstorm.upload.storage.ObjectStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.testcontainers.containers.GenericContainer;

/**
 * An upload-service of one data center, started in the test's JVM with command-line arguments, as
 * the launcher starts it. Several of them (east, west) run side by side.
 */
public final class DataCenterService implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final Api api;

    private DataCenterService(ConfigurableApplicationContext context) {
        this.context = context;
        this.api = new Api(((WebServerApplicationContext) context).getWebServer().getPort());
    }

    /** The arguments of a data center {@code dc} on these stores, with {@code peer}'s stores as its peer. */
    public static Map<String, String> arguments(String dc, GenericContainer<?> meta, GenericContainer<?> objects,
                                                String peerDc, GenericContainer<?> peerMeta, GenericContainer<?> peerObjects) {
        Map<String, String> args = new LinkedHashMap<>();
        args.put("server.port", "0");
        args.put("reelstorm.dc.name", dc);
        args.put("reelstorm.stores.meta.uri", TestStores.redisUri(meta));
        args.put("reelstorm.stores.meta.command-timeout", "2s");
        args.put("reelstorm.objects.endpoint", TestStores.s3Endpoint(objects));
        args.put("reelstorm.objects.access-key", TestStores.S3_ACCESS_KEY);
        args.put("reelstorm.objects.secret-key", TestStores.S3_SECRET_KEY);
        args.put("reelstorm.objects.connect-timeout", "500ms");
        args.put("reelstorm.objects.part-size", "5MB");
        args.put("reelstorm.upload.max-size", "16MB");
        // Nothing listens there: the naive count strategy shows 0 views.
        args.put("reelstorm.views.metrics-url", "http://127.0.0.1:9");
        args.put("reelstorm.views.connect-timeout", "500ms");
        args.put("reelstorm.peer.dc", peerDc);
        args.put("reelstorm.peer.stores.meta.uri", TestStores.redisUri(peerMeta));
        args.put("reelstorm.peer.stores.meta.connect-timeout", "500ms");
        args.put("reelstorm.peer.stores.meta.command-timeout", "2s");
        args.put("reelstorm.peer.objects-endpoint", TestStores.s3Endpoint(peerObjects));
        args.put("reelstorm.replication.poll-timeout", "200ms");
        args.put("reelstorm.replication.max-backoff", "1s");
        args.put("reelstorm.upload-failover.repair-interval", "200ms");
        args.put("reelstorm.upload-failover.peer-cool-off", "1s");
        return args;
    }

    public static DataCenterService start(Map<String, String> arguments) {
        List<String> args = new ArrayList<>();
        arguments.forEach((name, value) -> args.add("--" + name + "=" + value));
        return new DataCenterService(new SpringApplicationBuilder(UploadServiceApplication.class).run(args.toArray(String[]::new)));
    }

    public Api api() {
        return api;
    }

    public RedisStore meta() {
        return context.getBean("redisMetaStore", RedisStore.class);
    }

    public ObjectStore objects() {
        return context.getBean(ObjectStore.class);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}
