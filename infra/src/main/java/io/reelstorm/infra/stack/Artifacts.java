package io.reelstorm.infra.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Where the build leaves what the local stack runs. */
public record Artifacts(Path repository) {

    public Path serviceJar(String name) {
        return repository.resolve(name).resolve("target").resolve(name + "-exec.jar");
    }

    public Path s3proxyJar() {
        return repository.resolve("infra").resolve("target").resolve("lib").resolve("s3proxy.jar");
    }

    /** Artifacts that are not built yet; empty when the stack can start. */
    public List<Path> missing() {
        List<Path> missing = new ArrayList<>();
        for (String name : Topology.JAVA_APPS) {
            if (!Files.isRegularFile(serviceJar(name))) {
                missing.add(serviceJar(name));
            }
        }
        if (!Files.isRegularFile(s3proxyJar())) {
            missing.add(s3proxyJar());
        }
        return missing;
    }
}
