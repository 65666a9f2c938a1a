package io.reelstorm.infra.cli;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.ReelstormCli;
import io.reelstorm.infra.experiment.report.ReportWriter;
import io.reelstorm.infra.experiment.run.ExperimentRun;
import io.reelstorm.infra.experiment.run.ExperimentSummary;
import io.reelstorm.infra.experiment.run.RunSummary;
import io.reelstorm.infra.experiment.scenario.Load;
import io.reelstorm.infra.experiment.scenario.Mode;
import io.reelstorm.infra.experiment.scenario.Scenario;
import io.reelstorm.infra.experiment.scenario.ScenarioCatalog;
import io.reelstorm.infra.experiment.scenario.ScenarioException;
import io.reelstorm.infra.local.Maven;
import io.reelstorm.infra.stack.FixSelection;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code ./reelstorm experiment SCENARIO}: reproduce an outage naively, then show the fixes remove its symptoms. */
@Command(header = "Run a scenario: naive, then resilient, each on a fresh two-DC stack under load.", name = "experiment",
        mixinStandardHelpOptions = true,
        description = {"Runs the scenario's Gatling workload through the gateway while its fault timeline is applied, then",
                "verifies both data centers (nothing lost, nothing doubled). Twice: naive (--fixes none), then resilient",
                "(--fixes all); or once with --fixes. Writes target/experiments/<scenario>-<time>/ (summary.json, each run's",
                "events and Gatling report). Exit code 1 when naive does not show the scenario's symptoms or resilient",
                "shows any of them; 2 for a bad scenario file or option.",
                "Scenarios: load-tests/scenarios/*.yml (winter-storm, lb-cascade, viral-spike, storage-brownout, dc-partition)."})
public class ExperimentCommand implements Callable<Integer> {

    private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    @ParentCommand
    private ReelstormCli cli;

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "A scenario name, e.g. winter-storm.")
    private String scenarioName;

    @Option(names = "--fixes", paramLabel = "none|all|LIST", description = "Run once with these fixes instead of naive then resilient.")
    private String fixes;

    @Option(names = "--duration", converter = DurationConverter.class,
            description = "Length of the load; the timeline is scaled to it (default: the scenario's).")
    private Duration duration;

    @Option(names = "--rate", description = "App sessions started per second at baseline (default: the scenario's).")
    private Double rate;

    @Option(names = "--seed", defaultValue = "42", description = "Seed of the workload's choices (default ${DEFAULT-VALUE}).")
    private long seed;

    @Option(names = "--port-offset", defaultValue = "20000",
            description = "Where the experiment's stacks listen (default ${DEFAULT-VALUE}: apart from './reelstorm up').")
    private int portOffset;

    @Option(names = "--stack", defaultValue = "local", paramLabel = "local|compose",
            description = "Run the stacks as local processes (default) or as the containers of infra/docker-compose.yml.")
    private String stack;

    @Override
    public Integer call() throws IOException, InterruptedException {
        StackKind kind;
        try {
            kind = StackKind.fromId(stack);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Scenario scenario;
        try {
            scenario = configured(new ScenarioCatalog(cli.repository()).load(scenarioName));
        } catch (ScenarioException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        Instant started = Instant.now();
        Path folder = cli.repository().resolve("target/experiments")
                .resolve(scenario.name() + "-" + LocalDateTime.now().format(FOLDER_TIME));
        Files.createDirectories(folder);
        StackHome home = new StackHome(cli.stackHome().root().resolve("experiment"));
        Maven maven = new Maven(cli.repository());
        List<RunSummary> runs = new ArrayList<>();
        for (ExperimentRun run : runs(scenario, folder, home, kind)) {
            try {
                runs.add(run.run(maven, System.out));
            } catch (IllegalStateException notStarted) {
                System.err.printf("[%s] %s%n", run.name(), notStarted.getMessage());
                return 1;
            }
        }
        boolean passed = runs.stream().allMatch(RunSummary::passed);
        ExperimentSummary summary = new ExperimentSummary(scenario.name(), scenario.title(), scenario.models(), started.toString(),
                Duration.between(started, Instant.now()).toMillis() / 1000.0, passed, runs);
        summary.write(folder.resolve("summary.json"));
        Path report = ReportWriter.write(folder);
        summary.printTable(System.out);
        System.out.printf("%n%s in %.0f s. Report: %s%n", passed ? "As expected" : "NOT as expected", summary.wallSeconds(), report);
        return passed ? 0 : 1;
    }

    private Scenario configured(Scenario scenario) {
        Scenario scaled = duration == null ? scenario : scenario.scaledTo(duration);
        if (rate == null) {
            return scaled;
        }
        if (rate <= 0) {
            throw new IllegalArgumentException("--rate must be above 0");
        }
        Load load = scaled.load();
        return new Scenario(scaled.name(), scaled.title(), scaled.models(), scaled.duration(), scaled.baseline(), scaled.settle(),
                scaled.instances(), new Load(rate, load.creatorsPercent(), load.timeout(), load.surges(), load.stackNiceness()), scaled.timeline(),
                scaled.expectations());
    }

    /** Naive then resilient; or one run with the given fixes, held to a mode's rules only when it is exactly that mode. */
    private List<ExperimentRun> runs(Scenario scenario, Path folder, StackHome home, StackKind kind) {
        if (fixes == null) {
            return List.of(run("naive", scenario, EnumSet.noneOf(Fix.class), Mode.NAIVE, true, folder, home, kind),
                    run("resilient", scenario, EnumSet.allOf(Fix.class), Mode.RESILIENT, true, folder, home, kind));
        }
        Set<Fix> chosen = FixSelection.parse(fixes);
        if (chosen.isEmpty()) {
            return List.of(run("naive", scenario, chosen, Mode.NAIVE, true, folder, home, kind));
        }
        if (chosen.containsAll(EnumSet.allOf(Fix.class))) {
            return List.of(run("resilient", scenario, chosen, Mode.RESILIENT, true, folder, home, kind));
        }
        Mode steps = chosen.contains(Fix.DC_FAILOVER) ? Mode.RESILIENT : Mode.NAIVE;
        return List.of(run("fixes", scenario, chosen, steps, false, folder, home, kind));
    }

    private ExperimentRun run(String name, Scenario scenario, Set<Fix> fixSet, Mode mode, boolean judged, Path folder, StackHome home,
                              StackKind kind) {
        return new ExperimentRun(name, scenario, fixSet, scenario.stepsFor(mode), judged ? scenario.expectationsFor(mode) : List.of(),
                seed, folder.resolve(name), home, portOffset, kind);
    }
}
