package io.reelstorm.infra.compose;

import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Whether this machine can run the compose stack: a Docker engine that answers, and a Compose CLI. */
public final class ComposeAvailability {

    private ComposeAvailability() {
    }

    /** Why the compose stack cannot run here, or empty when it can. */
    public static Optional<String> check() {
        try {
            Process info = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!info.waitFor(30, TimeUnit.SECONDS) || info.exitValue() != 0) {
                return Optional.of("no Docker engine answers 'docker info'");
            }
        } catch (IOException e) {
            return Optional.of("no docker command on this machine");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted");
        }
        try {
            ComposeTool.command();
            return Optional.empty();
        } catch (IllegalStateException e) {
            return Optional.of("no Docker Compose ('docker compose' or 'docker-compose')");
        }
    }
}
