package io.reelstorm.infra.experiment.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * A two-run experiment folder as the runner leaves it, small enough to count by hand. Every second of a
 * 120 s load sends a feed call (east), a view (west) and, on even seconds, an upload (east). Power is out in
 * east from 40 s to 80 s: the naive run's east calls get no answer (feed: timeout; upload:
 * upload-failed;timeout), views read 0 from 80 s to 89 s, and videos fail with 500 from 100 s to 106 s.
 * The resilient run moves east's calls to west and sheds one extra feed call a second from 60 s to 64 s.
 */
final class ReportFixture {

    static final String TITLE = "Winter storm </script><b>bold</b> — a data center loses power";
    static final String HOSTILE_LABEL = "fault power-loss </script><b>east</b>";
    static final int VIOLATIONS = 53;

    private ReportFixture() {}

    static Path write(Path dir) throws IOException {
        writeEvents(dir.resolve("naive/events.csv"), naiveEvents());
        writeEvents(dir.resolve("resilient/events.csv"), resilientEvents());
        for (String run : List.of("naive", "resilient")) {
            Files.writeString(Files.createDirectories(dir.resolve(run + "/gatling")).resolve("index.html"), "<html></html>");
        }
        Files.writeString(dir.resolve("summary.json"), summary());
        return dir;
    }

    static List<String> naiveEvents() {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < 120; s++) {
            boolean dark = s >= 40 && s < 80;
            long t = s * 1000L;
            rows.add(dark ? (t + 100) + ",feed,,0,5000,3,timeout" : (t + 100) + ",feed,east,200,20,1,ok");
            rows.add(s >= 80 && s < 90 ? (t + 300) + ",view,west,200,15,1,zero-views" : (t + 300) + ",view,west,200,15,1,ok");
            if (s % 2 == 0) {
                rows.add(dark ? (t + 500) + ",upload,,0,5000,3,upload-failed;timeout" : (t + 500) + ",upload,east,201,80,1,ok");
            }
            if (s >= 100 && s < 107) {
                rows.add((t + 700) + ",video,east,500,30,3,server-error");
            }
        }
        return rows;
    }

    static List<String> resilientEvents() {
        List<String> rows = new ArrayList<>();
        for (int s = 0; s < 120; s++) {
            String dc = s >= 40 && s < 80 ? "west" : "east";
            long t = s * 1000L;
            rows.add((t + 100) + ",feed," + dc + ",200,25,1,ok,25");
            rows.add((t + 300) + ",view,west,200,15,1,ok,15");
            if (s % 2 == 0) {
                rows.add((t + 500) + ",upload," + dc + ",201,90,1,ok,90");
            }
            if (s >= 60 && s < 65) {
                rows.add((t + 900) + ",feed,west,429,3,1,shed,");
            }
        }
        return rows;
    }

    private static void writeEvents(Path file, List<String> rows) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, "t_ms,route,dc,status,latency_ms,attempts,outcome,admitted_ms\n" + String.join("\n", rows) + "\n");
    }

    private static String summary() {
        String violations = IntStream.range(0, VIOLATIONS)
                .mapToObj(i -> """
                        {"rule": "count-below-acknowledged", "dc": "east", "videoId": "01JVIDEO%02d", "detail": "acknowledged 5, count 0"}"""
                        .formatted(i))
                .collect(Collectors.joining(",\n"));
        return """
                {
                  "scenario": "winter-storm",
                  "title": %s,
                  "models": "A storm cuts the power of one data center; the other must carry everyone & nothing acknowledged may be lost.",
                  "startedAt": "2026-11-21T10:00:00Z", "wallSeconds": 512.3, "passed": true, "futureField": 1,
                  "runs": [{
                    "name": "naive", "fixes": [], "passed": true,
                    "loadSeconds": 120.0, "baselineSeconds": 30.0, "seed": 42, "rate": 6.0,
                    "calls": 307,
                    "symptoms": {"zero-views": 10, "dishonest-read": 0, "upload-failed": 20, "video-unplayable": 0,
                                 "timeout": 60, "server-error": 7, "shed": 0},
                    "writes": {"uploads": {"acknowledged": 40, "inDoubt": 20}, "views": {"acknowledged": 1210, "inDoubt": 12}},
                    "timeline": [{"atSeconds": 40.0, "endSeconds": 80.0, "label": "fault power-loss east", "kind": "fault"},
                                 {"atSeconds": 55.0, "endSeconds": null, "label": "failover west", "kind": "failover"},
                                 {"atSeconds": 100.0, "endSeconds": null, "label": "fault link-latency east-west", "kind": "fault"}],
                    "latency": {"baseline": {"feed": {"count": 30, "p50": 20, "p95": 22, "p99": 25},
                                             "view": {"count": 30, "p50": 15, "p95": 16, "p99": 18},
                                             "upload": {"count": 15, "p50": 80, "p95": 85, "p99": 90}},
                                "after":    {"feed": {"count": 90, "p50": 20, "p95": 5000, "p99": 5000},
                                             "view": {"count": 90, "p50": 15, "p95": 16, "p99": 18},
                                             "upload": {"count": 45, "p50": 80, "p95": 5000, "p99": 5000},
                                             "video": {"count": 7, "p50": 30, "p95": 30, "p99": 30}}},
                    "verifier": {"clean": false, "checkedVideos": 60, "violations": [%s]},
                    "expectations": [{"rule": "present upload-failed, server-error, zero-views", "passed": true,
                                      "detail": "20, 7, 10 after retries"}],
                    "gatlingReport": "naive/gatling/index.html",
                    "eventsFile": "naive/events.csv"
                  }, {
                    "name": "resilient", "fixes": ["honest-reads", "upload-failover"], "passed": true,
                    "loadSeconds": 120.0, "baselineSeconds": 30.0, "seed": 42, "rate": 6.0,
                    "calls": 305,
                    "symptoms": {"zero-views": 0, "dishonest-read": 0, "upload-failed": 0, "video-unplayable": 0,
                                 "timeout": 0, "server-error": 0, "shed": 5},
                    "writes": {"uploads": {"acknowledged": 60, "inDoubt": 0}, "views": {"acknowledged": 1220, "inDoubt": 0}},
                    "timeline": [{"atSeconds": 40.0, "endSeconds": 80.0, "label": %s, "kind": "fault"}],
                    "latency": {"baseline": {"feed": {"count": 30, "p50": 25, "p95": 27, "p99": 30}},
                                "after":    {"feed": {"count": 95, "p50": 25, "p95": 28, "p99": 35}}},
                    "verifier": {"clean": true, "checkedVideos": 60, "violations": []},
                    "expectations": [{"rule": "absent upload-failed, zero-views", "passed": true, "detail": "0, 0"},
                                     {"rule": "p99-vs-baseline 3", "passed": true, "detail": "feed 35 ms ≤ 3 × 30 ms"}],
                    "gatlingReport": "resilient/gatling/index.html",
                    "eventsFile": "resilient/events.csv"
                  }]
                }
                """.formatted(quoted(TITLE), violations, quoted(HOSTILE_LABEL));
    }

    private static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
