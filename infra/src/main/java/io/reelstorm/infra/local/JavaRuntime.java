package io.reelstorm.infra.local;

import java.nio.file.Path;

/** The JVM the launcher runs on; every Java process of the stack runs on the same one. */
public final class JavaRuntime {

    private JavaRuntime() {
    }

    public static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
