package io.reelstorm.common.testing;

import com.github.dockerjava.api.exception.NotFoundException;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.ImageNameSubstitutor;

/**
 * Tests name the official images ({@code redis}, {@code andrewgaul/s3proxy}). Where the engine has the
 * images that {@code infra/images/build-offline-images.sh} builds from Debian packages and Maven
 * Central, use those instead: machines without a registry cannot pull, and nothing in a test changes.
 * Registered in {@code testcontainers.properties}.
 */
public class LocalImageSubstitutor extends ImageNameSubstitutor {

    static final Map<String, String> OFFLINE_BUILDS = Map.of(
            "redis", "reelstorm/redis:8",
            "andrewgaul/s3proxy", "reelstorm/s3proxy:4.1.0");

    @Override
    public DockerImageName apply(DockerImageName original) {
        String local = OFFLINE_BUILDS.get(original.getRepository());
        if (local == null || !presentInEngine(local)) {
            return original;
        }
        return DockerImageName.parse(local).asCompatibleSubstituteFor(original.getRepository());
    }

    private static boolean presentInEngine(String image) {
        try {
            DockerClientFactory.lazyClient().inspectImageCmd(image).exec();
            return true;
        } catch (NotFoundException e) {
            return false;
        }
    }

    @Override
    protected String getDescription() {
        return "ReelStorm offline images (reelstorm/*) when present";
    }
}
