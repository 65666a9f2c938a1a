package io.reelstorm.infra.local;

import io.reelstorm.infra.stack.Artifacts;
import io.reelstorm.infra.stack.Launchers;
import io.reelstorm.infra.stack.StackHome;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Starts processes directly on this machine. Java apps run from their unpacked jars with a class-data
 * archive per app, created on the first graceful stop and reused afterwards, which makes later starts
 * markedly faster on a small machine.
 */
public final class LocalLaunchers implements Launchers {

    /** Heap per service: the upload path must work within it (streamed, never buffered). */
    static final List<String> SERVICE_JVM_OPTIONS = List.of("-Xmx256m", "-XX:+UseSerialGC", "-Xss512k",
            "-XX:TieredStopAtLevel=1");

    private final Artifacts artifacts;
    private final StackHome home;
    private final AppImages images;
    private Path redisServer;

    public LocalLaunchers(Artifacts artifacts, StackHome home) {
        this.artifacts = artifacts;
        this.home = home;
        this.images = new AppImages(home.apps());
    }

    @Override
    public synchronized List<String> redisServer() {
        if (redisServer == null) {
            redisServer = RedisServerBinary.locate(home.root().resolve("bin"));
        }
        return List.of(redisServer.toString());
    }

    @Override
    public List<String> s3proxy(Path properties) {
        return List.of(JavaRuntime.java().toString(), "-Xmx192m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-jar", artifacts.s3proxyJar().toString(), "--properties", properties.toString());
    }

    /**
     * Unpacks every app that needs it, in parallel: after a build all of them do, and one after the
     * other that would cost several seconds of every first start.
     */
    public void prepare(Collection<String> apps) {
        try (ExecutorService unpackers = Executors.newVirtualThreadPerTaskExecutor()) {
            apps.forEach(app -> unpackers.submit(() -> images.prepare(app, artifacts.serviceJar(app))));
        }
    }

    @Override
    public List<String> javaApp(String app, String processId) {
        AppImages.Image image = images.prepare(app, artifacts.serviceJar(app));
        List<String> command = new ArrayList<>();
        command.add(JavaRuntime.java().toString());
        command.addAll(SERVICE_JVM_OPTIONS);
        command.add("-XX:+AutoCreateSharedArchive");
        command.add("-XX:SharedArchiveFile=" + image.classDataArchive());
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-jar");
        command.add(image.jar().toString());
        return command;
    }
}
