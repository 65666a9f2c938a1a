package io.reelstorm.infra.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The admin API's bearer token: made fresh by each {@code up}, written where the CLI finds it
 * ({@code run/admin-token}, readable by its owner only).
 */
public final class AdminToken {

    private final String value;

    private AdminToken(String value) {
        this.value = value;
    }

    public static AdminToken create(Path file) {
        byte[] random = new byte[24];
        new SecureRandom().nextBytes(random);
        AdminToken token = new AdminToken(HexFormat.of().formatHex(random));
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(file);
            Files.createFile(file);
            try {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system: the folder's own permissions protect it
            }
            Files.writeString(file, token.value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return token;
    }

    public static Optional<String> read(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readString(file).trim()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    public String value() {
        return value;
    }

    /** Constant-time comparison with what a request presented. */
    boolean matches(String presented) {
        return presented != null && MessageDigest.isEqual(value.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
