package io.reelstorm.infra.local;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Unpacks a Spring Boot executable jar ({@code java -Djarmode=tools -jar app.jar extract}) so that
 * its classes load from plain jars, which the JVM's class-data sharing can archive. Re-unpacks when
 * the built jar changes.
 */
final class AppImages {

    record Image(Path jar, Path classDataArchive) {
    }

    private final Path root;
    private final ConcurrentHashMap<String, Object> locks = new ConcurrentHashMap<>();

    AppImages(Path root) {
        this.root = root;
    }

    /** Unpacks when needed; safe to call for different apps at once (each has its own folder). */
    Image prepare(String app, Path executableJar) {
        synchronized (lockFor(app)) {
            return prepareUnlocked(app, executableJar);
        }
    }

    private Object lockFor(String app) {
        return locks.computeIfAbsent(app, key -> new Object());
    }

    private Image prepareUnlocked(String app, Path executableJar) {
        Path dir = root.resolve(app);
        Path stamp = dir.resolve(".source");
        Path jar = dir.resolve(executableJar.getFileName());
        String source = executableJar.toAbsolutePath() + "@" + lastModified(executableJar);
        try {
            if (!Files.isRegularFile(jar) || !Files.isRegularFile(stamp) || !Files.readString(stamp).equals(source)) {
                extract(executableJar, dir);
                Files.writeString(stamp, source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Image(jar, dir.resolve(app + ".jsa"));
    }

    private static void extract(Path executableJar, Path dir) throws IOException {
        deleteRecursively(dir);
        Files.createDirectories(dir);
        Process process = new ProcessBuilder(List.of(JavaRuntime.java().toString(), "-Djarmode=tools", "-jar",
                executableJar.toString(), "extract", "--destination", dir.toString(), "--force"))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("could not unpack " + executableJar);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while unpacking " + executableJar, e);
        }
    }

    private static long lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
