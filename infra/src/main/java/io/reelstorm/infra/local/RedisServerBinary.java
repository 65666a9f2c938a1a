package io.reelstorm.infra.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds a {@code redis-server}: the one on PATH when there is one, otherwise the binary that the
 * {@code embedded-redis} artifact from Maven Central ships for this OS and CPU, unpacked once.
 */
public final class RedisServerBinary {

    private RedisServerBinary() {
    }

    public static Path locate(Path unpackInto) {
        return onPath().orElseGet(() -> unpackBundled(unpackInto));
    }

    static Optional<Path> onPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String dir : path.split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, "redis-server");
            if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    static String bundledResource() {
        String os = System.getProperty("os.name").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch").toLowerCase(Locale.ROOT);
        boolean arm = arch.contains("aarch64") || arch.contains("arm64");
        if (os.contains("linux")) {
            return arm ? "redis-server-6.2.7-linux-arm64" : "redis-server-6.2.6-v5-linux-amd64";
        }
        if (os.contains("mac")) {
            return arm ? "redis-server-6.2.6-v5-darwin-arm64" : "redis-server-6.2.6-v5-darwin-amd64";
        }
        throw new IllegalStateException("No bundled redis-server for " + os + "/" + arch + ": put redis-server on PATH");
    }

    private static Path unpackBundled(Path dir) {
        String resource = bundledResource();
        Path target = dir.resolve(resource);
        if (Files.isExecutable(target)) {
            return target;
        }
        try (InputStream in = RedisServerBinary.class.getResourceAsStream("/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("redis-server binary " + resource + " is missing from the launcher");
            }
            Files.createDirectories(dir);
            Path partial = dir.resolve(resource + ".part");
            Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
            if (!partial.toFile().setExecutable(true)) {
                throw new IllegalStateException("cannot make " + partial + " executable");
            }
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
