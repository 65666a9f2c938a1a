package io.reelstorm.metrics.counters;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelstorm.metrics.MetricsServiceIntegration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The counter store coming back empty, as a restart without persistence leaves it. */
class IncarnationIT extends MetricsServiceIntegration {

    private static final String INCARNATION = "counters:incarnation:east";

    @AfterEach
    void naiveAgain() {
        fix("honest-reads", false);
    }

    @Test
    void naivelyEveryCountReadsZeroAfterTheCounterStoreComesBackEmpty() {
        String video = seedVideo();
        watch(video, 5);
        assertThat(views(video)).isEqualTo(5);

        comeBackEmpty();

        JsonNode stats = stats(video);
        assertThat(stats.get("views").asLong()).as("the naive symptom: 0 views").isZero();
        assertThat(stats.get("stale").asBoolean()).isFalse();
        JsonNode counts = json(postJson("/internal/views/counts", "{\"ids\":[\"" + video + "\"]}")).get("counts").get(video);
        assertThat(counts.get("views").asLong()).isZero();
        assertThat(counts.get("stale").asBoolean()).isFalse();
    }

    @Test
    void viewsCountedAfterTheStoreCameBackEmptyLandInANewSlot() {
        String video = seedVideo();
        watch(video, 2);
        String before = counters.sync().get(INCARNATION);
        assertThat(counters.sync().hgetall("views:" + video)).containsExactly(Map.entry("east." + before, "2"));

        comeBackEmpty();
        watch(video, 1);

        String after = counters.sync().get(INCARNATION);
        assertThat(after).isNotEqualTo(before).isGreaterThan(before);
        assertThat(counters.sync().hgetall("views:" + video)).containsExactly(Map.entry("east." + after, "1"));
    }

    @Test
    void anIncarnationAnotherInstanceClaimedAfterTheStoreCameBackEmptyIsAdopted() {
        String video = seedVideo();
        watch(video, 1);
        comeBackEmpty();
        String claimedByInstance2 = ULID.next();
        counters.sync().set(INCARNATION, claimedByInstance2);

        watch(video, 3);

        assertThat(counters.sync().get(INCARNATION)).isEqualTo(claimedByInstance2);
        assertThat(counters.sync().hgetall("views:" + video)).containsExactly(Map.entry("east." + claimedByInstance2, "3"));
    }

    @Test
    void withHonestReadsAStoreThatCameBackEmptyShowsTheLastKnownCountAsStale() throws InterruptedException {
        String video = seedVideo();
        watch(video, 5);
        assertThat(views(video)).isEqualTo(5);
        fix("honest-reads", true);

        comeBackEmpty();
        watch(video, 1);

        JsonNode stats = stats(video);
        assertThat(stats.get("views").asLong()).as("never less than what was seen").isGreaterThanOrEqualTo(5);
        assertThat(stats.get("stale").asBoolean()).isTrue();

        Thread.sleep(2);
        String uploadedAfterwards = seedVideo();
        watch(uploadedAfterwards, 2);
        JsonNode fresh = stats(uploadedAfterwards);
        assertThat(fresh.get("views").asLong()).isEqualTo(2);
        assertThat(fresh.get("stale").asBoolean()).as("a video younger than the amnesia lost nothing").isFalse();
    }

    /** What a restart without persistence leaves: no keys, no scripts. */
    private void comeBackEmpty() {
        counters.sync().flushdb();
        counters.sync().scriptFlush();
    }

    private void watch(String video, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(view(video).statusCode()).isEqualTo(202);
        }
    }
}
