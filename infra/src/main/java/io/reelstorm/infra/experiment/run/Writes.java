package io.reelstorm.infra.experiment.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every upload and view the workload made, from the run's {@code writes.jsonl}: what the verifier holds the DCs to. */
public record Writes(List<Upload> uploads, List<View> views) {

    public static final String ACKNOWLEDGED = "acknowledged";
    public static final String IN_DOUBT = "in-doubt";

    public record Upload(String key, String creatorId, String sha256, long size, String state, String videoId, String dc) {
    }

    public record View(String videoId, String viewId, String state, String dc) {
    }

    /** A write's tally: acknowledged for sure, and in doubt (failed or timed out, maybe applied). */
    public record Tally(long acknowledged, long inDoubt) {
    }

    public static Writes read(Path writesJsonl) {
        JsonMapper json = JsonMapper.builder().build();
        List<Upload> uploads = new ArrayList<>();
        List<View> views = new ArrayList<>();
        try (var lines = Files.lines(writesJsonl)) {
            for (String line : lines.filter(text -> !text.isBlank()).toList()) {
                JsonNode write = json.readTree(line);
                if ("upload".equals(write.path("type").asString())) {
                    uploads.add(new Upload(write.path("key").asString(), write.path("creatorId").asString(), write.path("sha256").asString(),
                            write.path("size").asLong(), write.path("state").asString(), write.path("videoId").asString(null),
                            write.path("dc").asString(null)));
                } else {
                    views.add(new View(write.path("videoId").asString(), write.path("viewId").asString(), write.path("state").asString(),
                            write.path("dc").asString(null)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Writes(List.copyOf(uploads), List.copyOf(views));
    }

    public Tally uploadTally() {
        return new Tally(uploads.stream().filter(upload -> ACKNOWLEDGED.equals(upload.state())).count(),
                uploads.stream().filter(upload -> IN_DOUBT.equals(upload.state())).count());
    }

    public Tally viewTally() {
        return new Tally(views.stream().filter(view -> ACKNOWLEDGED.equals(view.state())).count(),
                views.stream().filter(view -> IN_DOUBT.equals(view.state())).count());
    }
}
