package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.local.JavaRuntime;
import io.reelstorm.infra.local.StackControl;
import io.reelstorm.infra.local.StackState;
import io.reelstorm.infra.stack.StackHome;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * Everything CI checks, in one command: unit and integration tests of every module (integration
 * tests start real Redis and S3Proxy with Testcontainers), then, against a stack this command starts
 * on shifted ports and stops again, the end-to-end tests and the Gatling smoke run.
 */
@Command(name = "test", mixinStandardHelpOptions = true,
        description = {"Run every test CI runs: unit and integration tests (Docker needed for the integration tests;",
                "without an engine they are skipped with a message, under CI=true they fail), then start a test stack",
                "(ports +10000, its own state folder), run the end-to-end tests and a ~30 s Gatling run through its",
                "gateway, and stop it."})
public class TestCommand implements Callable<Integer> {

    @ParentCommand
    private ReelstormCli cli;

    @Option(names = "--port-offset", defaultValue = "10000", description = "Where the test stack listens (default ${DEFAULT-VALUE}: gateway on 18080).")
    private int portOffset;

    @Option(names = "--load-duration", defaultValue = "30s", converter = DurationConverter.class,
            description = "Length of the Gatling smoke run (default ${DEFAULT-VALUE}).")
    private Duration loadDuration;

    @Override
    public Integer call() throws IOException, InterruptedException {
        StackHome home = new StackHome(cli.stackHome().root().resolve("test-stack"));
        StackControl control = new StackControl(home);
        control.stop();
        Instant started = Instant.now();
        StackOptionsMixin options = new StackOptionsMixin();
        options.portOffset = portOffset;
        System.out.println("[test] starting the test stack (gateway on port " + (8080 + portOffset) + ")");
        Process supervisor = control.startSupervisor(options.toArguments());
        Thread stopOnExit = new Thread(control::stop, "test-stack-stop");
        Runtime.getRuntime().addShutdownHook(stopOnExit);
        try {
            StackState state = control.awaitOutcome(supervisor, Duration.ofSeconds(240), s -> { });
            if (state.status() != StackState.Status.READY) {
                System.err.println("[test] the test stack did not start: " + state.detail());
                return 1;
            }
            System.out.printf("[test] test stack ready in %.1f s; running ./mvnw verify with the stack tests%n", state.startSeconds());
            int exit = maven(state.gatewayUrl());
            System.out.printf("[test] %s after %d s%n", exit == 0 ? "PASSED" : "FAILED", Duration.between(started, Instant.now()).toSeconds());
            return exit;
        } finally {
            control.stop();
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        }
    }

    private int maven(String gatewayUrl) throws IOException, InterruptedException {
        Path repository = cli.repository();
        List<String> command = List.of(repository.resolve("mvnw").toString(), "-B", "-ntp", "verify", "-Pstack-tests",
                "-Dreelstorm.baseUrl=" + gatewayUrl,
                "-Dreelstorm.load.duration=" + loadDuration.toSeconds());
        ProcessBuilder builder = new ProcessBuilder(command).directory(repository.toFile()).inheritIO();
        Map<String, String> environment = builder.environment();
        environment.put("JAVA_HOME", Path.of(JavaRuntime.java().toString()).getParent().getParent().toString());
        // No registry for the Ryuk image on machines like CI's, and a /.dockerenv that misleads Testcontainers.
        environment.putIfAbsent("TESTCONTAINERS_RYUK_DISABLED", "true");
        if (environment.getOrDefault("DOCKER_HOST", "unix://").startsWith("unix://")) {
            environment.putIfAbsent("TESTCONTAINERS_HOST_OVERRIDE", "localhost");
        }
        return builder.start().waitFor();
    }
}
