package io.reelstorm.infra.experiment.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.reelstorm.common.fixes.Fix;
import io.reelstorm.infra.experiment.scenario.Expectation.Absent;
import io.reelstorm.infra.experiment.scenario.Expectation.P99VsBaseline;
import io.reelstorm.infra.experiment.scenario.Expectation.Present;
import io.reelstorm.infra.experiment.scenario.Expectation.VerifierClean;
import io.reelstorm.infra.experiment.scenario.Step.FailoverStep;
import io.reelstorm.infra.experiment.scenario.Step.FaultStep;
import io.reelstorm.infra.experiment.scenario.Step.FixStep;
import io.reelstorm.infra.experiment.scenario.Step.HealStep;
import io.reelstorm.infra.faults.FaultKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScenarioParserTest {

    /** Every case below changes one thing in this file; the line numbers in the assertions are its own. */
    private static final String VALID = """
            scenario: bad
            title: A test scenario
            models: Something that happened.
            duration: 2m
            baseline: 20s
            instances:
              feed-service: 2
            load:
              rate: 5
              creators: 10
              surges:
                - {at: 30s, for: 10s, times: 3}
            timeline:
              - at: 20s
                fault: link-latency
                target: east/feed-service#2->redis-meta
                options: {ms: 800}
              - at: 40s
                failover: west
                modes: [naive]
              - at: 60s
                fix: honest-reads
                enabled: false
              - at: 90s
                heal: all
            expect:
              naive:
                - present: [zero-views]
              resilient:
                - absent: [zero-views, timeout]
                  except-routes: [feed]
                - p99-vs-baseline: 3
                - verifier: clean
            """;

    @TempDir
    Path folder;

    @Test
    void aValidFileBecomesTheScenarioItDescribes() throws IOException {
        Scenario scenario = parse(VALID);

        assertThat(scenario.name()).isEqualTo("bad");
        assertThat(scenario.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(scenario.baseline()).isEqualTo(Duration.ofSeconds(20));
        assertThat(scenario.instances()).isEqualTo(Map.of("feed-service", 2));
        assertThat(scenario.load()).isEqualTo(new Load(5, 10, Duration.ofSeconds(5),
                List.of(new Surge(Duration.ofSeconds(30), Duration.ofSeconds(10), 3)), 0));
        EnumSet<Mode> both = EnumSet.allOf(Mode.class);
        assertThat(scenario.timeline()).containsExactly(
                new FaultStep(Duration.ofSeconds(20), both, FaultKind.LINK_LATENCY, "east/feed-service#2->redis-meta",
                        Map.of("ms", 800L), Optional.empty()),
                new FailoverStep(Duration.ofSeconds(40), EnumSet.of(Mode.NAIVE), "west"),
                new FixStep(Duration.ofSeconds(60), both, Fix.HONEST_READS, false),
                HealStep.all(Duration.ofSeconds(90), both));
        assertThat(scenario.expectationsFor(Mode.NAIVE)).containsExactly(new Present(List.of(Symptom.ZERO_VIEWS), List.of()));
        assertThat(scenario.expectationsFor(Mode.RESILIENT)).containsExactly(
                new Absent(List.of(Symptom.ZERO_VIEWS, Symptom.TIMEOUT), List.of(Route.FEED)),
                new P99VsBaseline(3, List.of()),
                new VerifierClean());
    }

    @Test
    void settleTimeoutAndStackNicenessDefaultToTenSecondsFiveSecondsAndZero() throws IOException {
        Scenario scenario = parse(VALID);

        assertThat(scenario.settle()).isEqualTo(Duration.ofSeconds(10));
        assertThat(scenario.load().timeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(scenario.load().stackNiceness()).isZero();
        assertThat(parse(withStackNiceness("10")).load().stackNiceness()).isEqualTo(10);
    }

    private static String withStackNiceness(String value) {
        return VALID.replace("  creators: 10\n", "  creators: 10\n  stack-niceness: " + value + "\n");
    }

    @Test
    void aHealMayNameOneFaultByKindAndTarget() throws IOException {
        Scenario scenario = parse(VALID.replace("heal: all", "heal: link-latency east/feed-service#2->redis-meta"));

        assertThat(scenario.timeline().getLast()).isEqualTo(new HealStep(Duration.ofSeconds(90), EnumSet.allOf(Mode.class),
                FaultKind.LINK_LATENCY, "east/feed-service#2->redis-meta"));
    }

    @Test
    void anUnknownTargetNamesFileLineFieldAndWhatTheKindExpects() throws IOException {
        ScenarioException error = rejected(VALID
                .replace("fault: link-latency", "fault: power-loss")
                .replace("target: east/feed-service#2->redis-meta", "target: esat")
                .replace("options: {ms: 800}", "options: {}"));

        assertThat(error.getMessage())
                .isEqualTo("bad.yml:16: timeline[0].target: unknown target 'esat' for power-loss: expected a data center, e.g. east");
        assertThat(error.file()).isEqualTo("bad.yml");
        assertThat(error.line()).isEqualTo(16);
        assertThat(error.field()).isEqualTo("timeline[0].target");
    }

    @Test
    void anInstanceBeyondTheScenariosInstanceCountIsUnknown() throws IOException {
        assertRejected(VALID.replace("  feed-service: 2", "  feed-service: 1"),
                16, "timeline[0].target", "unknown target 'east/feed-service#2->redis-meta' for link-latency: expected a link");
        assertRejected(VALID.replace("fault: link-latency", "fault: slow-instance")
                        .replace("target: east/feed-service#2->redis-meta", "target: east/feed-service#3"),
                16, "timeline[0].target", "unknown target 'east/feed-service#3' for slow-instance");
    }

    @Test
    void aStoreOfAnotherKindOfTargetIsRejected() throws IOException {
        assertRejected(VALID.replace("fault: link-latency", "fault: store-outage")
                        .replace("target: east/feed-service#2->redis-meta", "target: east/feed-service")
                        .replace("options: {ms: 800}", "options: {}"),
                16, "timeline[0].target", "unknown target 'east/feed-service' for store-outage: expected a store");
    }

    @Test
    void anUnknownTopLevelKeyIsNamed() throws IOException {
        assertRejected(VALID.replace("models:", "modles:"), 3, "modles",
                "unknown key 'modles'; expected one of: scenario, title, models,");
    }

    @Test
    void anUnknownNestedKeyIsNamedWithItsPath() throws IOException {
        assertRejected(VALID.replace("rate: 5", "rat: 5"), 9, "load.rat", "unknown key 'rat'");
    }

    @Test
    void aKeyThatBelongsToAnotherActionIsUnknownInThisStep() throws IOException {
        assertRejected(VALID.replace("modes: [naive]", "target: east"), 20, "timeline[1].target",
                "unknown key 'target'; expected one of: at, modes, failover");
    }

    @Test
    void aDuplicateKeyIsRejected() throws IOException {
        assertRejected(VALID.replace("models: Something that happened.", "title: Again"), 3, "title", "duplicate key 'title'");
    }

    @Test
    void aMissingTopLevelKeyIsNamedAtTheStartOfTheFile() throws IOException {
        assertRejected(VALID.replace("title: A test scenario\n", ""), 1, "title", "missing required key 'title'");
    }

    @Test
    void aMissingStepKeyIsNamedAtItsStep() throws IOException {
        assertRejected(VALID.replace("    target: east/feed-service#2->redis-meta\n", ""), 14, "timeline[0].target",
                "missing required key 'target'");
    }

    @Test
    void aWrongTypeSaysWhatWasExpected() throws IOException {
        assertRejected(VALID.replace("rate: 5", "rate: fast"), 9, "load.rate", "must be a number above 0 and at most 200, not 'fast'");
        assertRejected(VALID.replace("creators: 10", "creators: [10]"), 10, "load.creators", "must be a single value, not a list");
        assertRejected(VALID.replace("modes: [naive]", "modes: naive"), 20, "timeline[1].modes", "must be a list, not 'naive'");
        assertRejected(VALID.replace("enabled: false", "enabled: maybe"), 23, "timeline[2].enabled", "must be true or false");
    }

    @Test
    void anEmptyValueIsRejected() throws IOException {
        assertRejected(VALID.replace("title: A test scenario", "title:"), 2, "title", "needs a value");
    }

    @Test
    void aNumberOutOfRangeIsRejected() throws IOException {
        assertRejected(VALID.replace("  feed-service: 2", "  feed-service: 5"), 7, "instances.feed-service",
                "must be a whole number from 1 to 4, not '5'");
        assertRejected(VALID.replace("times: 3", "times: 51"), 12, "load.surges[0].times",
                "must be a whole number from 1 to 50, not '51'");
        assertRejected(withStackNiceness("20"), 11, "load.stack-niceness", "must be a whole number from 0 to 19, not '20'");
    }

    @Test
    void anUnknownServiceInInstancesIsNamed() throws IOException {
        assertRejected(VALID.replace("  feed-service: 2", "  feed-servic: 2"), 7, "instances.feed-servic",
                "unknown key 'feed-servic'; expected one of: upload-service, metrics-service, feed-service");
    }

    @Test
    void aBadDurationUsesTheLaunchersGrammar() throws IOException {
        assertRejected(VALID.replace("duration: 2m", "duration: 2 minutes"), 4, "duration",
                "'2 minutes' is not a duration: write e.g. 500ms, 30s, 2m or 1h");
    }

    @Test
    void theBaselineMustBeShorterThanTheDuration() throws IOException {
        assertRejected(VALID.replace("baseline: 20s", "baseline: 2m"), 5, "baseline", "2m must be shorter than the duration, 2m");
    }

    @Test
    void aStepAfterTheEndOfTheLoadIsRejected() throws IOException {
        assertRejected(VALID.replace("at: 90s", "at: 3m"), 24, "timeline[3].at", "3m is after the load ends (duration 2m)");
    }

    @Test
    void aStepInsideTheBaselineIsRejected() throws IOException {
        assertRejected(VALID.replace("at: 20s", "at: 10s"), 14, "timeline[0].at", "10s falls inside the baseline");
    }

    @Test
    void aSurgeThatOutlastsTheLoadIsRejected() throws IOException {
        assertRejected(VALID.replace("for: 10s", "for: 2m"), 12, "load.surges[0].for",
                "the surge would end at 150s, after the load ends (duration 2m)");
    }

    @Test
    void aFaultThatOutlastsTheLoadIsRejected() throws IOException {
        assertRejected(VALID.replace("options: {ms: 800}", "options: {ms: 800}\n    for: 2m"), 18, "timeline[0].for",
                "the fault would end at 140s");
    }

    @Test
    void anUnsortedTimelineIsRejectedAtTheStepOutOfOrder() throws IOException {
        assertRejected(VALID.replace("at: 60s", "at: 30s"), 21, "timeline[2].at",
                "steps must be sorted by at: 30s comes after a step at 40s");
    }

    @Test
    void aStepWithoutAnActionIsRejected() throws IOException {
        assertRejected(VALID.replace("failover: west", "failure: west"), 18, "timeline[1]",
                "a step needs one of: fault, failover, heal, fix");
    }

    @Test
    void aStepWithTwoActionsIsRejectedAtTheSecond() throws IOException {
        assertRejected(VALID.replace("modes: [naive]", "heal: all"), 20, "timeline[1].heal",
                "a step takes only one of fault, failover, heal, fix, found both 'failover' and 'heal'");
    }

    @Test
    void anUnknownFaultKindListsTheKnownOnes() throws IOException {
        assertRejected(VALID.replace("fault: link-latency", "fault: link-lag"), 15, "timeline[0].fault",
                "unknown fault kind 'link-lag'; known: power-loss, store-outage,");
    }

    @Test
    void aMissingRequiredOptionIsNamedWithItsPath() throws IOException {
        assertRejected(VALID.replace("options: {ms: 800}", "options: {jitter: 100}"), 17, "timeline[0].options.ms",
                "link-latency needs option 'ms'");
        assertRejected(VALID.replace("    options: {ms: 800}\n", ""), 14, "timeline[0].options.ms",
                "link-latency needs option 'ms'");
    }

    @Test
    void anOptionTheKindDoesNotTakeIsNamed() throws IOException {
        assertRejected(VALID.replace("options: {ms: 800}", "options: {ms: 800, percent: 5}"), 17, "timeline[0].options.percent",
                "link-latency takes no option 'percent'");
    }

    @Test
    void anOptionThatIsNotAWholeNumberIsNamed() throws IOException {
        assertRejected(VALID.replace("options: {ms: 800}", "options: {ms: lots}"), 17, "timeline[0].options.ms",
                "ms must be a whole number, not 'lots'");
    }

    @Test
    void anUnknownDataCenterToFailOverToIsRejected() throws IOException {
        assertRejected(VALID.replace("failover: west", "failover: north"), 19, "timeline[1].failover",
                "unknown data center 'north'; known: east, west");
    }

    @Test
    void aHealMustSayAllOrNameAFault() throws IOException {
        assertRejected(VALID.replace("heal: all", "heal: everything"), 25, "timeline[3].heal", "'everything' names no fault");
        assertRejected(VALID.replace("heal: all", "heal: power-loss north"), 25, "timeline[3].heal",
                "unknown target 'north' for power-loss");
    }

    @Test
    void anUnknownFixIsNamed() throws IOException {
        assertRejected(VALID.replace("fix: honest-reads", "fix: honest-reeds"), 22, "timeline[2].fix",
                "unknown fix 'honest-reeds'; known: dc-failover, active-active-data,");
    }

    @Test
    void aFixThatNeedsARestartCannotBeAStep() throws IOException {
        assertRejected(VALID.replace("fix: honest-reads", "fix: durable-stores"), 22, "timeline[2].fix",
                "durable-stores cannot be switched while the stack runs");
    }

    @Test
    void anUnknownModeIsNamed() throws IOException {
        assertRejected(VALID.replace("modes: [naive]", "modes: [careful]"), 20, "timeline[1].modes[0]",
                "unknown mode 'careful'; known: naive, resilient");
    }

    @Test
    void anUnknownSymptomIsNamed() throws IOException {
        assertRejected(VALID.replace("present: [zero-views]", "present: [zero-view]"), 28, "expect.naive[0].present[0]",
                "unknown symptom 'zero-view'; known: zero-views, dishonest-read,");
    }

    @Test
    void anUnknownRouteIsNamed() throws IOException {
        assertRejected(VALID.replace("except-routes: [feed]", "except-routes: [feed, feeds]"), 31,
                "expect.resilient[0].except-routes[1]", "unknown route 'feeds'; known: feed, video, play,");
    }

    @Test
    void anUnknownModeUnderExpectIsNamed() throws IOException {
        assertRejected(VALID.replace("  naive:", "  careless:"), 27, "expect.careless",
                "unknown key 'careless'; expected one of: naive, resilient");
    }

    @Test
    void expectMustCoverBothModes() throws IOException {
        String naiveOnly = VALID.substring(0, VALID.indexOf("  resilient:"));

        assertRejected(naiveOnly, 27, "expect.resilient", "missing required key 'resilient'");
    }

    @Test
    void theVerifierRuleOnlySaysClean() throws IOException {
        assertRejected(VALID.replace("verifier: clean", "verifier: dirty"), 33, "expect.resilient[2].verifier",
                "the verifier rule is 'verifier: clean'");
    }

    @Test
    void theScenarioNameMustMatchTheFileName() throws IOException {
        assertRejected(VALID.replace("scenario: bad", "scenario: good"), 1, "scenario",
                "'good' must match the file name, 'bad'");
    }

    @Test
    void brokenYamlNamesTheLineWhereItBreaks() throws IOException {
        assertRejected(VALID.replace("title: A test scenario", "title: [unclosed"), 3, "", "not valid YAML");
    }

    @Test
    void anEmptyFileIsRejected() throws IOException {
        assertRejected("", 1, "", "the file is empty");
    }

    private Scenario parse(String yaml) throws IOException {
        Path file = folder.resolve("bad.yml");
        Files.writeString(file, yaml);
        return ScenarioParser.parse(file);
    }

    private ScenarioException rejected(String yaml) throws IOException {
        Path file = folder.resolve("bad.yml");
        Files.writeString(file, yaml);
        return assertThrows(ScenarioException.class, () -> ScenarioParser.parse(file));
    }

    private void assertRejected(String yaml, int line, String field, String problem) throws IOException {
        ScenarioException error = rejected(yaml);

        assertThat(error.file()).isEqualTo("bad.yml");
        assertThat(error.line()).as(error.getMessage()).isEqualTo(line);
        assertThat(error.field()).as(error.getMessage()).isEqualTo(field);
        assertThat(error.getMessage()).startsWith("bad.yml:" + line + ": " + (field.isEmpty() ? "" : field + ": ") + problem);
    }
}
