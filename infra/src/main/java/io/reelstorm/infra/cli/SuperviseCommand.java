package io.reelstorm.infra.cli;

import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.admin.AdminToken;
import io.reelstorm.infra.compose.ComposeStacks;
import io.reelstorm.infra.local.LocalLaunchers;
import io.reelstorm.infra.local.StackRuntime;
import io.reelstorm.infra.local.Supervisor;
import io.reelstorm.infra.stack.Artifacts;
import io.reelstorm.infra.stack.Ports;
import io.reelstorm.infra.stack.RunningStack;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackKind;
import io.reelstorm.infra.stack.StackOptions;
import io.reelstorm.infra.stack.Topology;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** The long-lived process behind {@code up}: owns every process of the stack. Not for direct use. */
@Command(name = "supervise", hidden = true, description = "Run the stack's supervisor in the foreground.")
public class SuperviseCommand implements Callable<Integer> {

    @ParentCommand
    private ReelstormCli cli;

    @Mixin
    private StackOptionsMixin stack;

    @Option(names = "--timeout", description = "How long the stack may take to become ready.", converter = DurationConverter.class)
    private Duration timeout;

    @Override
    public Integer call() {
        StackKind kind = stack.kind();
        return supervise(cli, stack.toOptions(), kind, timeout == null ? kind.readyTimeout() : timeout);
    }

    static int supervise(ReelstormCli cli, StackOptions options, StackKind kind, Duration timeout) {
        StackHome home = cli.stackHome();
        if (kind == StackKind.COMPOSE) {
            AdminToken token = AdminToken.create(home.adminTokenFile());
            Ports ports = new Ports(options.portOffset());
            RunningStack runtime = ComposeStacks.runtime(options, cli.repository(), home, token.value());
            return new Supervisor(runtime, home, token, ports.gateway(), ports.admin()).run(timeout);
        }
        LocalLaunchers launchers = new LocalLaunchers(new Artifacts(cli.repository()), home);
        launchers.prepare(Topology.JAVA_APPS);
        String secret = cursorSecret(home);
        AdminToken token = AdminToken.create(home.adminTokenFile());
        StackRuntime runtime = new StackRuntime(options, current -> new Topology(current, home, launchers, secret), token.value());
        Ports ports = runtime.topology().ports();
        return new Supervisor(runtime, home, token, ports.gateway(), ports.admin()).run(timeout);
    }

    /** One key per stack home, kept across restarts so that feed cursors stay valid. */
    private static String cursorSecret(StackHome home) {
        Path file = home.root().resolve("cursor-secret");
        try {
            if (!Files.isRegularFile(file)) {
                byte[] key = new byte[32];
                new SecureRandom().nextBytes(key);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(key));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
