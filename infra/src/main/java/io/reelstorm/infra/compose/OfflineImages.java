package io.reelstorm.infra.compose;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The images {@code infra/images/build-offline-images.sh} builds, for the compose file's image
 * variables: used when this engine has them and the user did not choose images themselves.
 */
final class OfflineImages {

    private static final Map<String, String> IMAGES = Map.of(
            "JRE_IMAGE", "reelstorm/jre:21",
            "REDIS_IMAGE", "reelstorm/redis:8",
            "S3PROXY_IMAGE", "reelstorm/s3proxy:4.1.0",
            "DEBIAN_IMAGE", "reelstorm/debian:trixie");

    private OfflineImages() {
    }

    /** Variable → offline image, for each variable not set in this environment whose image is present. */
    static Map<String, String> environment(Map<String, String> current) {
        Map<String, String> chosen = new LinkedHashMap<>();
        IMAGES.forEach((variable, image) -> {
            if (!current.containsKey(variable) && present(image)) {
                chosen.put(variable, image);
            }
        });
        return chosen;
    }

    private static boolean present(String image) {
        try {
            Process inspect = new ProcessBuilder("docker", "image", "inspect", image)
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return inspect.waitFor(30, TimeUnit.SECONDS) && inspect.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
