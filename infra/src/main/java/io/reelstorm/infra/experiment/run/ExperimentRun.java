package io.reelstorm.infra.experiment.run;

import io.reelstorm.common.admin.AdminClient;
import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.experiment.scenario.Expectation;
import io.reelstorm.infra.experiment.scenario.Scenario;
import io.reelstorm.infra.experiment.scenario.Step;
import io.reelstorm.infra.experiment.scenario.Surge;
import io.reelstorm.infra.local.Maven;
import io.reelstorm.infra.local.ScratchStack;
import io.reelstorm.infra.stack.FixSelection;
import io.reelstorm.infra.stack.StackHome;
import io.reelstorm.infra.stack.StackKind;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One run of a scenario with one set of fixes: a fresh two-DC stack, the Gatling workload through its
 * gateway while the timeline is applied, a settle time, the verifier, the expectations — then the stack
 * is stopped. The run's folder keeps the calls, the writes, Gatling's report and the stack's logs.
 *
 * @param steps        the timeline steps of this run's mode
 * @param expectations the rules this run is held to (none for a partial fix list: those runs are lessons, not tests)
 * @param stack        local processes or the compose file's containers
 */
public record ExperimentRun(String name, Scenario scenario, Set<Fix> fixes, List<Step> steps, List<Expectation> expectations,
                            long seed, Path folder, StackHome home, int portOffset, StackKind stack) {

    private static final String SIMULATION = "io.reelstorm.load.experiment.ExperimentSimulation";
    private static final Duration RECOVERY_LIMIT = Duration.ofSeconds(120);

    public RunSummary run(Maven maven, PrintStream out) throws IOException, InterruptedException {
        Files.createDirectories(folder);
        try {
            return runOnFreshStack(maven, out);
        } finally {
            RunArtifacts.keepLogs(home.logs(), folder);
        }
    }

    private RunSummary runOnFreshStack(Maven maven, PrintStream out) throws IOException, InterruptedException {
        out.printf("[%s] starting a fresh two-DC %s stack (fixes: %s)%n", name, stack == StackKind.COMPOSE ? "compose" : "local",
                fixes.isEmpty() ? "none" : FixSelection.format(fixes));
        try (ScratchStack stack = ScratchStack.start(home, stackArguments(), scenario.load().stackNiceness(),
                this.stack.readyTimeout().plusSeconds(60), state -> { })) {
            AdminClient admin = stack.admin();
            Process gatling = maven.start(gatlingArguments(stack.state().gatewayUrl()), folder.resolve("gatling.log"));
            int gatlingExit;
            List<TimelinePlayer.Entry> timeline;
            try (TimelinePlayer player = new TimelinePlayer(admin, steps, folder.resolve("started")).start()) {
                gatlingExit = new LoadProgress(name, scenario, folder.resolve("events.csv"), player, out).follow(gatling);
                timeline = player.entries();
            }
            Optional<Path> gatlingReport = RunArtifacts.keepGatlingReport(folder.resolve("gatling.log"), folder);
            out.printf("[%s] load done; healing what is still broken and letting both DCs settle for %d s%n", name, scenario.settle().toSeconds());
            admin.healAll();
            awaitHealthy(admin);
            Thread.sleep(scenario.settle().toMillis());
            Writes writes = Writes.read(folder.resolve("writes.jsonl"));
            VerifierReport verifier = new Verifier(dataCenters(admin)).verify(writes, fixes.contains(Fix.ACTIVE_ACTIVE_DATA));
            return summary(gatlingExit, timeline, writes, verifier, gatlingReport);
        }
    }

    private RunSummary summary(int gatlingExit, List<TimelinePlayer.Entry> timeline, Writes writes, VerifierReport verifier,
                               Optional<Path> gatlingReport) {
        RunAnalysis analysis = new RunAnalysis(CallEvent.read(folder.resolve("events.csv")), scenario.baseline());
        List<ExpectationJudge.Result> results = ExpectationJudge.judge(expectations, analysis, verifier);
        boolean passed = gatlingExit == 0 && results.stream().allMatch(ExpectationJudge.Result::passed);
        return new RunSummary(name, fixes.stream().map(Fix::id).toList(), passed, scenario.duration().toMillis() / 1000.0,
                scenario.baseline().toMillis() / 1000.0, seed, scenario.load().rate(), analysis.calls(), analysis.symptoms(List.of()),
                Map.of("uploads", writes.uploadTally(), "views", writes.viewTally()), withSurges(timeline),
                Map.of("baseline", analysis.latency(true), "after", analysis.latency(false)), verifier, results,
                gatlingReport.map(report -> folder.getParent().relativize(report).toString()).orElse(null),
                name + "/events.csv", gatlingExit);
    }

    /** The load's surges belong on the timeline too: they are what the viral-spike scenario does. */
    private List<TimelinePlayer.Entry> withSurges(List<TimelinePlayer.Entry> timeline) {
        List<TimelinePlayer.Entry> entries = new ArrayList<>();
        for (Surge surge : scenario.load().surges()) {
            entries.add(new TimelinePlayer.Entry("surge", surge.label(),
                    surge.at().toMillis() / 1000.0, surge.end().toMillis() / 1000.0));
        }
        entries.addAll(timeline);
        entries.sort(Comparator.comparingDouble(TimelinePlayer.Entry::atSeconds));
        return entries;
    }

    private List<String> stackArguments() {
        List<String> arguments = new ArrayList<>(List.of("--port-offset", Integer.toString(portOffset),
                "--fixes", fixes.isEmpty() ? "none" : FixSelection.format(fixes), "--stack", stack.name().toLowerCase(Locale.ROOT)));
        scenario.instances().forEach((service, count) -> arguments.addAll(List.of("--instances", service + "=" + count)));
        return arguments;
    }

    private List<String> gatlingArguments(String gatewayUrl) {
        String surges = scenario.load().surges().stream()
                .map(surge -> surge.at().toMillis() + ":" + surge.forDuration().toMillis() + ":" + surge.times())
                .collect(Collectors.joining(","));
        return List.of("-o", "-q", "-pl", "load-tests", "test-compile", "gatling:test",
                "-Dgatling.simulationClass=" + SIMULATION,
                "-Dreelstorm.baseUrl=" + gatewayUrl,
                "-Dreelstorm.experiment.runFolder=" + folder.toAbsolutePath(),
                "-Dreelstorm.experiment.durationMillis=" + scenario.duration().toMillis(),
                "-Dreelstorm.experiment.rate=" + scenario.load().rate(),
                "-Dreelstorm.experiment.creatorsPercent=" + scenario.load().creatorsPercent(),
                "-Dreelstorm.experiment.timeoutMillis=" + scenario.load().timeout().toMillis(),
                "-Dreelstorm.experiment.seed=" + seed,
                "-Dreelstorm.experiment.surges=" + surges);
    }

    /** After a power loss the DC's processes restart; the verifier reads both DCs only once every process is up. */
    @SuppressWarnings("unchecked")
    private static void awaitHealthy(AdminClient admin) throws InterruptedException {
        long deadline = System.currentTimeMillis() + RECOVERY_LIMIT.toMillis();
        while (System.currentTimeMillis() < deadline) {
            Map<String, Object> dataCenters = (Map<String, Object>) admin.state().get("dataCenters");
            boolean allUp = dataCenters.values().stream()
                    .flatMap(members -> ((Map<String, Object>) members).values().stream())
                    .allMatch(member -> "up".equals(((Map<String, Object>) member).get("health")));
            if (allUp) {
                return;
            }
            Thread.sleep(1_000);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Verifier.DataCenter> dataCenters(AdminClient admin) {
        Map<String, Object> dataCenters = (Map<String, Object>) admin.state().get("dataCenters");
        List<Verifier.DataCenter> result = new ArrayList<>();
        dataCenters.forEach((name, value) -> {
            Map<String, Object> members = (Map<String, Object>) value;
            result.add(new Verifier.DataCenter(name, url(members, "upload-service"), url(members, "metrics-service"), url(members, "redis-counters")));
        });
        return result;
    }

    @SuppressWarnings("unchecked")
    private static String url(Map<String, Object> members, String member) {
        return (String) ((Map<String, Object>) members.get(member)).get("url");
    }
}
