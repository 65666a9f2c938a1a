package io.reelstorm.infra.compose;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The images {@code infra/images/build-offline-images.sh} builds, for the compose file's image
 * variables: used when this engine has them and the user did not choose images themselves.
 */
final class OfflineImages {

    private static final Map<String, String> IMAGES = Map.of(
            "JRE_IMAGE", "reelstorm/jre:21",
            "REDIS_IMAGE", "reelstorm/redis:8",
            "S3PROXY_IMAGE", "reelstorm/s3proxy:4.1.0");

    private OfflineImages() {
    }

    /** Variable → offline image, for each variable not set in this environment whose image is present. */
    static Map<String, String> environment(Map<String, String> current) {
        Map<String, String> chosen = new LinkedHashMap<>();
        IMAGES.forEach((variable, image) -> {
            if (!current.containsKey(variable) && Commands.succeed(List.of("docker", "image", "inspect", image))) {
                chosen.put(variable, image);
            }
        });
        return chosen;
    }
}
