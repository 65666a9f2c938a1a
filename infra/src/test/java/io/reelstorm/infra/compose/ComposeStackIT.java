package io.reelstorm.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelstorm.common.digest.Sha256;
import io.reelstorm.common.testing.RequiresDocker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The compose stack under a short winter storm: east loses power while the app keeps uploading,
 * watching and reading counts through the gateway, then gets it back. Resilient mode shows no symptom
 * and loses or doubles nothing; naive mode shows the outage's signature, videos with views reading 0
 * once east is back.
 */
@RequiresDocker
class ComposeStackIT {

    private static final Path CLIP = Path.of("../load-tests/src/test/resources/videos/clip.mp4");
    private static final Duration STALENESS_BUDGET = Duration.ofSeconds(2);
    private static final Duration RECOVERY = Duration.ofMinutes(3);

    @Test
    void resilientRidesOutEastsPowerLossWithNoSymptomAndNothingLostOrDoubled() {
        try (ComposeStack stack = new ComposeStack(ComposeStack.RESILIENT, 38080).start()) {
            Workload workload = new Workload(new AppClient(stack.gatewayUrl()));

            workload.round("before");
            stack.powerLoss("east");
            workload.round("east dark");
            workload.round("east dark");
            stack.powerRestored("east");
            await().atMost(RECOVERY).until(() -> stack.healthy("east-metrics-service") && stack.healthy("east-upload-service"));
            workload.round("after");

            assertThat(workload.symptoms).as("symptoms users saw").isEmpty();
            workload.awaitEveryCountFreshAndExact();
            workload.assertEveryVideoPlaysItsOwnBytes();
            for (String video : workload.videos.keySet()) {
                assertThat(stack.counterFields("east", video)).as("both DCs hold the same counter for " + video)
                        .isEqualTo(stack.counterFields("west", video));
            }
        }
    }

    @Test
    void naiveShowsZeroViewsOnceEastHasPowerAgain() {
        try (ComposeStack stack = new ComposeStack("", 38081).start()) {
            Workload workload = new Workload(new AppClient(stack.gatewayUrl()));
            workload.round("before");
            assertThat(workload.symptoms).as("a calm stack").isEmpty();
            workload.awaitEveryCountFreshAndExact();

            stack.powerLoss("east");
            stack.powerRestored("east");

            // The naive counter Redis kept nothing on disk, and west's replica resynced from it.
            await().atMost(RECOVERY).untilAsserted(() -> {
                List<Long> counts = workload.videos.keySet().stream()
                        .map(video -> workload.app.stats(video).map(stats -> stats.get("views").asLong(-1)).orElse(-1L))
                        .toList();
                assertThat(counts).as("the videos' counts once east answers again").containsOnly(0L);
            });
        }
    }

    /** An app's traffic and what it was told: uploads with their bytes, views acknowledged per video. */
    private static final class Workload {

        private final AppClient app;
        private final byte[] clip = clip();
        private final Map<String, String> videos = new LinkedHashMap<>();
        private final Map<String, List<Instant>> acknowledgedViews = new LinkedHashMap<>();
        private final List<String> symptoms = new ArrayList<>();

        Workload(AppClient app) {
            this.app = app;
        }

        /** Two uploads, three views of every video, a feed and every video's count. */
        void round(String phase) {
            for (int i = 0; i < 2; i++) {
                String key = UUID.randomUUID().toString();
                AppClient.Answer answer = app.upload("compose_creator", key, clip);
                if (answer.ok()) {
                    String id = app.id(answer);
                    videos.put(id, Sha256.hex(clip));
                    acknowledgedViews.put(id, new ArrayList<>());
                } else {
                    symptoms.add(phase + ": upload-failed " + key + " (" + answer.status() + " " + answer.body() + ")");
                }
            }
            for (String video : videos.keySet()) {
                for (int i = 0; i < 3; i++) {
                    if (app.view(video, UUID.randomUUID().toString())) {
                        acknowledgedViews.get(video).add(Instant.now());
                    } else {
                        symptoms.add(phase + ": view failed on " + video);
                    }
                }
            }
            if (!app.feedLoads()) {
                symptoms.add(phase + ": feed failed");
            }
            for (String video : videos.keySet()) {
                readCount(phase, video);
            }
        }

        /** A fresh count below the views acknowledged more than one staleness budget ago is a dishonest read (0: zero-views). */
        private void readCount(String phase, String video) {
            Instant readAt = Instant.now();
            JsonNode stats = app.stats(video).orElse(null);
            if (stats == null) {
                symptoms.add(phase + ": stats failed on " + video);
                return;
            }
            long settled = acknowledgedViews.get(video).stream().filter(at -> at.isBefore(readAt.minus(STALENESS_BUDGET))).count();
            if (!stats.get("stale").asBoolean() && stats.get("views").asLong() < settled) {
                symptoms.add(phase + ": " + (stats.get("views").asLong() == 0 ? "zero-views" : "dishonest-read") + " on " + video
                        + " (" + stats.get("views") + " < " + settled + ")");
            }
        }

        void awaitEveryCountFreshAndExact() {
            await().atMost(Duration.ofMinutes(1)).untilAsserted(() -> {
                for (String video : videos.keySet()) {
                    JsonNode stats = app.stats(video).orElseThrow();
                    assertThat(stats.get("stale").asBoolean()).as(video + " fresh").isFalse();
                    assertThat(stats.get("views").asLong()).as(video + ": every view counted once").isEqualTo(acknowledgedViews.get(video).size());
                }
            });
        }

        void assertEveryVideoPlaysItsOwnBytes() {
            videos.forEach((video, sha256) -> assertThat(app.content(video).map(Sha256::hex)).as(video).contains(sha256));
        }
    }

    private static byte[] clip() {
        try {
            return Files.readAllBytes(CLIP);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
