package io.reelstorm.infra.experiment.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunArtifactsTest {

    @TempDir
    Path temp;

    @Test
    void theReportGatlingNamesInItsLogMovesIntoTheRunFolder() throws IOException {
        Path written = temp.resolve("load-tests/target/gatling/experimentsimulation-20261122093827342");
        Files.createDirectories(written.resolve("js"));
        Files.writeString(written.resolve("index.html"), "<html>report</html>");
        Files.writeString(written.resolve("js/stats.js"), "var stats = {};");
        Path run = temp.resolve("experiments/winter-storm-1/resilient");
        Files.createDirectories(run);
        Path log = Files.writeString(run.resolve("gatling.log"), """
                Simulation io.reelstorm.load.experiment.ExperimentSimulation completed in 80 seconds
                Generating reports...
                Reports generated, please open the following file: %s
                Global: count of all events is greater than or equal to 1.0 : true (actual : 2845.0)
                """.formatted(written.resolve("index.html").toUri()));

        Optional<Path> kept = RunArtifacts.keepGatlingReport(log, run);

        Path moved = run.resolve("gatling/experimentsimulation-20261122093827342");
        assertThat(kept).contains(moved.resolve("index.html"));
        assertThat(moved.resolve("js/stats.js")).hasContent("var stats = {};");
        assertThat(written).doesNotExist();
    }

    @Test
    void aRunWhoseGatlingWroteNoReportKeepsNone() throws IOException {
        Path log = Files.writeString(temp.resolve("gatling.log"), "[ERROR] Failed to execute goal io.gatling:gatling-maven-plugin\n");

        assertThat(RunArtifacts.keepGatlingReport(log, temp)).isEmpty();
        assertThat(RunArtifacts.keepGatlingReport(temp.resolve("absent.log"), temp)).isEmpty();
        assertThat(temp.resolve("gatling")).doesNotExist();
    }

    @Test
    void theStackLogsAreCopiedAndStayWhereTheLauncherReadsThem() throws IOException {
        Path stackLogs = Files.createDirectories(temp.resolve(".reelstorm/experiment/logs"));
        Files.writeString(stackLogs.resolve("gateway.log"), "event=access status=502\n");
        Files.writeString(stackLogs.resolve("east-feed-service.log"), "started\n");
        Files.writeString(stackLogs.resolve("supervisor.pid"), "42\n");
        Path run = Files.createDirectories(temp.resolve("run"));

        RunArtifacts.keepLogs(stackLogs, run);

        assertThat(run.resolve("logs/gateway.log")).hasContent("event=access status=502");
        assertThat(run.resolve("logs/east-feed-service.log")).exists();
        assertThat(run.resolve("logs/supervisor.pid")).doesNotExist();
        assertThat(stackLogs.resolve("gateway.log")).exists();
    }
}
