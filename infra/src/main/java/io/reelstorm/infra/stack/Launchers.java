package io.reelstorm.infra.stack;

import java.nio.file.Path;
import java.util.List;

/** The machine-specific start of each kind of process: which binary, which JVM and options. */
public interface Launchers {

    /** The command that starts {@code redis-server} (arguments follow). */
    List<String> redisServer();

    /** The command that starts S3Proxy with the given properties file. */
    List<String> s3proxy(Path properties);

    /** The command that starts one of ReelStorm's Java apps (Spring Boot arguments follow). */
    List<String> javaApp(String app, String processId);
}
