package io.reelstorm.infra.experiment.run;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Brings into a run's folder what the run leaves elsewhere, so the folder alone explains the run:
 * Gatling's report (the plugin always writes it under {@code load-tests/target/gatling}, its results
 * folder is not a setting) and the stack's logs (the next stack start wipes them).
 */
final class RunArtifacts {

    private static final String REPORT_LINE = "please open the following file: ";

    private RunArtifacts() {
    }

    /**
     * Moves the report Gatling named in its log into {@code <folder>/gatling/}.
     *
     * @return the report's {@code index.html} in its new place, or empty when Gatling wrote none
     */
    static Optional<Path> keepGatlingReport(Path gatlingLog, Path folder) throws IOException {
        Optional<Path> written = reportNamedIn(gatlingLog);
        if (written.isEmpty() || !Files.isRegularFile(written.get())) {
            return Optional.empty();
        }
        Path report = written.get().getParent();
        Path target = folder.resolve("gatling").resolve(report.getFileName());
        Files.createDirectories(target.getParent());
        Files.move(report, target, StandardCopyOption.REPLACE_EXISTING);
        return Optional.of(target.resolve(written.get().getFileName()));
    }

    static Optional<Path> reportNamedIn(Path gatlingLog) throws IOException {
        if (!Files.isRegularFile(gatlingLog)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(gatlingLog);
        for (int i = lines.size() - 1; i >= 0; i--) {
            int at = lines.get(i).indexOf(REPORT_LINE);
            if (at >= 0) {
                String address = lines.get(i).substring(at + REPORT_LINE.length()).strip();
                return Optional.of(Path.of(URI.create(address)));
            }
        }
        return Optional.empty();
    }

    /** Copies every {@code *.log} of the stack into {@code <folder>/logs/}. */
    static void keepLogs(Path stackLogs, Path folder) {
        if (!Files.isDirectory(stackLogs)) {
            return;
        }
        Path target = folder.resolve("logs");
        try (Stream<Path> logs = Files.list(stackLogs)) {
            Files.createDirectories(target);
            for (Path log : logs.filter(path -> path.getFileName().toString().endsWith(".log")).toList()) {
                Files.copy(log, target.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
