package io.reelstorm.infra.experiment.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ScenarioCatalogTest {

    /** Tests run in the infra module's folder; the repository root is its parent. */
    private final ScenarioCatalog catalog = new ScenarioCatalog(Path.of(".."));

    @Test
    void shipsTheFiveScenariosOfTheDesignBrief() {
        assertThat(catalog.names()).containsExactly("dc-partition", "lb-cascade", "storage-brownout", "viral-spike", "winter-storm");
    }

    @Test
    void everyShippedScenarioParsesWithRulesForBothModes() {
        for (String name : catalog.names()) {
            Scenario scenario = catalog.load(name);

            assertThat(scenario.name()).isEqualTo(name);
            assertThat(scenario.models()).hasSizeGreaterThan(200);
            assertThat(scenario.duration()).isLessThanOrEqualTo(Duration.ofMinutes(5));
            assertThat(scenario.expectationsFor(Mode.NAIVE)).as(name).isNotEmpty();
            assertThat(scenario.expectationsFor(Mode.RESILIENT)).as(name).isNotEmpty();
        }
    }

    @Test
    void theStorageBrownoutDegradesTheLinkFromEastsUploadServiceToItsObjectStore() {
        Scenario brownout = catalog.load("storage-brownout");

        assertThat(brownout.timeline()).extracting(Step::label).containsExactly(
                "fault link-latency east/upload-service->objects",
                "fault link-reset east/upload-service->objects",
                "heal all");
    }

    @Test
    void theLbCascadeTargetsTheSecondFeedInstanceItAsksFor() {
        Scenario cascade = catalog.load("lb-cascade");

        assertThat(cascade.instances()).containsEntry("feed-service", 2);
        assertThat(cascade.timeline()).extracting(Step::label)
                .contains("fault lb-skew east/feed-service#2", "fault slow-instance east/feed-service#2");
    }

    @Test
    void anUnknownScenarioNameListsTheKnownOnes() {
        assertThatThrownBy(() -> catalog.load("blizzard"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown scenario 'blizzard'; known: dc-partition, lb-cascade, storage-brownout, viral-spike, winter-storm");
    }

    @Test
    void aNameCannotReachOutsideTheScenarioFolder() {
        assertThatThrownBy(() -> catalog.load("../scenarios/winter-storm")).isInstanceOf(IllegalArgumentException.class);
    }
}
