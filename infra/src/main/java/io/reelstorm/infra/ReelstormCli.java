package io.reelstorm.infra;

import io.reelstorm.infra.cli.DownCommand;
import io.reelstorm.infra.cli.ExperimentCommand;
import io.reelstorm.infra.cli.FailoverCommand;
import io.reelstorm.infra.cli.FaultCommand;
import io.reelstorm.infra.cli.FixCommand;
import io.reelstorm.infra.cli.HealCommand;
import io.reelstorm.infra.cli.LinkCommand;
import io.reelstorm.infra.cli.LogsCommand;
import io.reelstorm.infra.cli.ResetCommand;
import io.reelstorm.infra.cli.StatusCommand;
import io.reelstorm.infra.cli.SuperviseCommand;
import io.reelstorm.infra.cli.TestCommand;
import io.reelstorm.infra.cli.UpCommand;
import io.reelstorm.infra.stack.StackHome;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ./reelstorm}: start, watch and stop ReelStorm on this machine, and run its tests. */
@Command(name = "reelstorm",
        mixinStandardHelpOptions = true,
        version = "ReelStorm 0.1.0",
        description = {"ReelStorm: a miniature short-video platform across simulated data centers, built to be broken on purpose.", ""},
        subcommands = {UpCommand.class, StatusCommand.class, LogsCommand.class, DownCommand.class, ResetCommand.class,
                FaultCommand.class, HealCommand.class, FailoverCommand.class, FixCommand.class,
                ExperimentCommand.class, TestCommand.class, LinkCommand.class, SuperviseCommand.class, CommandLine.HelpCommand.class},
        footer = {"", "Start with: ./reelstorm up   then   curl http://127.0.0.1:8080/api/feed",
                "Break it:   ./reelstorm fault power-loss east   …   ./reelstorm heal"})
public class ReelstormCli implements Runnable {

    @Option(names = "--home", description = "Folder for the stack's state, data and logs (default: $REELSTORM_HOME, else .reelstorm in the repository).")
    private Path home;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    public static CommandLine commandLine() {
        return new CommandLine(new ReelstormCli())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(ReelstormCli::reportBadInput);
    }

    /** A bad value found while running (say an unknown fix) is the user's mistake: one line, exit 2, no stack trace. */
    private static int reportBadInput(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) throws Exception {
        if (!(e instanceof IllegalArgumentException)) {
            throw e;
        }
        commandLine.getErr().println(e.getMessage());
        commandLine.getErr().println("See: ./reelstorm " + commandLine.getCommandName() + " --help");
        return 2;
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** The repository the launcher runs from ({@code ./reelstorm} passes it). */
    public Path repository() {
        return Path.of(System.getProperty("reelstorm.root", ".")).toAbsolutePath().normalize();
    }

    public StackHome stackHome() {
        if (home != null) {
            return new StackHome(home.toAbsolutePath().normalize());
        }
        String fromEnvironment = System.getenv("REELSTORM_HOME");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new StackHome(Path.of(fromEnvironment).toAbsolutePath().normalize());
        }
        return new StackHome(repository().resolve(".reelstorm"));
    }
}
