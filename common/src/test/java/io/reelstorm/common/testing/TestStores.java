package io.reelstorm.common.testing;

import java.util.ArrayList;
import java.util.List;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;

/**
 * The one place that knows how to start the stores ReelStorm runs on: real Redis and a real
 * S3-compatible server (S3Proxy, the project's default object store). Containers started here are
 * shared by every test of the JVM and stopped when it exits (Ryuk may be disabled).
 */
public final class TestStores {

    public static final DockerImageName REDIS = DockerImageName.parse("redis:8.0");
    public static final DockerImageName S3PROXY = DockerImageName.parse("andrewgaul/s3proxy:s3proxy-4.1.0");
    public static final String S3_ACCESS_KEY = "reelstorm";
    public static final String S3_SECRET_KEY = "reelstorm-secret";

    private static final List<GenericContainer<?>> started = new ArrayList<>();
    private static GenericContainer<?> sharedRedis;
    private static GenericContainer<?> sharedS3;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestStores::stopAll, "test-stores-stop"));
    }

    private TestStores() {
    }

    /** A Redis shared by the tests of this JVM; persistent like the metadata store (append-only file). */
    public static synchronized GenericContainer<?> redis() {
        if (sharedRedis == null) {
            sharedRedis = start(newRedis());
        }
        return sharedRedis;
    }

    /** An S3Proxy shared by the tests of this JVM, with {@link #S3_ACCESS_KEY} / {@link #S3_SECRET_KEY}. */
    public static synchronized GenericContainer<?> s3() {
        if (sharedS3 == null) {
            sharedS3 = start(newS3());
        }
        return sharedS3;
    }

    public static String redisUri(GenericContainer<?> redis) {
        return "redis://" + redis.getHost() + ":" + redis.getMappedPort(6379);
    }

    public static String s3Endpoint(GenericContainer<?> s3) {
        return "http://" + s3.getHost() + ":" + s3.getMappedPort(80);
    }

    /** A fresh, not yet started Redis for a test that must own it (e.g. to stop it). */
    public static GenericContainer<?> newRedis() {
        return new GenericContainer<>(REDIS)
                .withCommand("--appendonly", "yes")
                .withExposedPorts(6379)
                .waitingFor(Wait.forLogMessage(".*Ready to accept connections.*", 1));
    }

    public static GenericContainer<?> newS3() {
        return new GenericContainer<>(S3PROXY)
                .withEnv("S3PROXY_AUTHORIZATION", "aws-v2-or-v4")
                .withEnv("S3PROXY_IDENTITY", S3_ACCESS_KEY)
                .withEnv("S3PROXY_CREDENTIAL", S3_SECRET_KEY)
                .withEnv("JCLOUDS_PROVIDER", "filesystem")
                .withEnv("JCLOUDS_FILESYSTEM_BASEDIR", "/data")
                .withExposedPorts(80)
                .waitingFor(Wait.forLogMessage(".*Started .*Server.*", 1));
    }

    public static synchronized <T extends GenericContainer<?>> T start(T container) {
        container.start();
        started.add(container);
        return container;
    }

    private static synchronized void stopAll() {
        started.forEach(GenericContainer::stop);
        started.clear();
    }
}
