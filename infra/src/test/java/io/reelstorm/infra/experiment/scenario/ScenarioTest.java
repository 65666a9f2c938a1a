package io.reelstorm.infra.experiment.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.infra.experiment.scenario.Step.FaultStep;
import io.reelstorm.infra.experiment.scenario.Step.HealStep;
import io.reelstorm.infra.faults.FaultKind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScenarioTest {

    private final ScenarioCatalog catalog = new ScenarioCatalog(Path.of(".."));

    @Test
    void onlyTheNaiveRunFailsOverByHand() {
        Scenario storm = catalog.load("winter-storm");

        assertThat(storm.stepsFor(Mode.NAIVE)).extracting(Step::label)
                .containsExactly("fault power-loss east", "failover west", "heal power-loss east");
        assertThat(storm.stepsFor(Mode.RESILIENT)).extracting(Step::label)
                .containsExactly("fault power-loss east", "heal power-loss east");
    }

    @Test
    void halvingTheDurationHalvesEveryOffsetAndTheBaselineButNotSettleOrTimeout() {
        Scenario storm = catalog.load("winter-storm").scaledTo(Duration.ofMinutes(2));

        assertThat(storm.duration()).isEqualTo(Duration.ofMinutes(2));
        assertThat(storm.baseline()).isEqualTo(Duration.ofSeconds(20));
        assertThat(storm.timeline()).extracting(Step::at)
                .containsExactly(Duration.ofSeconds(20), Duration.ofSeconds(35), Duration.ofSeconds(65));
        assertThat(storm.settle()).isEqualTo(Duration.ofSeconds(10));
        assertThat(storm.load().timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void scalingStretchesSurgeWindowsAndFaultLengths() {
        Scenario spike = catalog.load("viral-spike").scaledTo(Duration.ofSeconds(90));
        Scenario partition = catalog.load("dc-partition").scaledTo(Duration.ofMinutes(6));

        assertThat(spike.load().surges()).containsExactly(new Surge(Duration.ofSeconds(30), Duration.ofSeconds(30), 10));
        FaultStep cut = (FaultStep) partition.timeline().getFirst();
        assertThat(cut.at()).isEqualTo(Duration.ofMinutes(1));
        assertThat(cut.forDuration()).contains(Duration.ofMinutes(3));
    }

    @Test
    void scaledOffsetsAreRoundedToTheMillisecond() {
        Scenario thirds = scenario(Duration.ofSeconds(3), Duration.ofSeconds(1), List.of(
                new FaultStep(Duration.ofSeconds(2), EnumSet.allOf(Mode.class), FaultKind.POWER_LOSS, "east", Map.of(),
                        Optional.of(Duration.ofSeconds(1)))));

        Scenario scaled = thirds.scaledTo(Duration.ofSeconds(1));

        assertThat(scaled.baseline()).isEqualTo(Duration.ofMillis(333));
        assertThat(scaled.timeline().getFirst().at()).isEqualTo(Duration.ofMillis(667));
        assertThat(((FaultStep) scaled.timeline().getFirst()).forDuration()).contains(Duration.ofMillis(333));
    }

    @Test
    void aHealOfOneKindAndTargetLeavesOtherFaultsAlone() {
        HealStep one = new HealStep(Duration.ZERO, EnumSet.allOf(Mode.class), FaultKind.POWER_LOSS, "east");
        HealStep all = HealStep.all(Duration.ZERO, EnumSet.allOf(Mode.class));

        assertThat(one.heals("power-loss", "east")).isTrue();
        assertThat(one.heals("power-loss", "west")).isFalse();
        assertThat(one.heals("link-reset", "east-west")).isFalse();
        assertThat(all.heals("link-reset", "east-west")).isTrue();
    }

    private static Scenario scenario(Duration duration, Duration baseline, List<Step> timeline) {
        return new Scenario("test", "Test", "A test.", duration, baseline, Duration.ofSeconds(10), Map.of(),
                new Load(1, 10, Duration.ofSeconds(5), List.of(), 0), timeline,
                Map.of(Mode.NAIVE, List.of(new Expectation.VerifierClean()), Mode.RESILIENT, List.of(new Expectation.VerifierClean())));
    }
}
