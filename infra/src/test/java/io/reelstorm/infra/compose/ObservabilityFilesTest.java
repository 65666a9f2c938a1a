package io.reelstorm.infra.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Prometheus' targets and Grafana's dashboard agree with the stack and with the metrics the code exports. */
class ObservabilityFilesTest {

    private static final Path OBSERVABILITY = Path.of("observability");
    private static final Pattern OUR_METRIC = Pattern.compile("\\breelstorm_[a-z_]+");
    private static final Pattern METER_NAME = Pattern.compile("\\.builder\\(\"(reelstorm\\.[a-z.-]+)\"");
    private static final List<String> PROMETHEUS_SUFFIXES = List.of("_total", "_seconds_bucket", "_seconds_count", "_seconds", "");

    private final ComposeFile compose = ComposeFile.load();
    private final JsonNode dashboard = JsonMapper.builder().build().readTree(read(OBSERVABILITY.resolve("grafana/dashboards/reelstorm.json")));

    @Test
    void prometheusScrapesEveryJavaServiceOfTheStack() {
        Map<String, Object> config = new Yaml().load(read(OBSERVABILITY.resolve("prometheus.yml")));
        Set<String> targets = new TreeSet<>();
        for (Map<String, Object> job : ComposeFile.<Object>listOfMaps(config.get("scrape_configs"))) {
            assertThat(job).containsEntry("metrics_path", "/actuator/prometheus");
            for (Map<String, Object> group : ComposeFile.<Object>listOfMaps(job.get("static_configs"))) {
                targets.addAll(ComposeFile.list(group.get("targets")));
                assertThat(ComposeFile.<String>map(group.get("labels"))).containsKeys("dc", "service");
            }
        }
        Set<String> javaServices = compose.services().entrySet().stream()
                .filter(service -> service.getValue().containsKey("build") && !service.getKey().endsWith("-link"))
                .map(service -> service.getKey() + ":8080")
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(targets).isEqualTo(javaServices);
    }

    @Test
    void theDashboardHasAPanelForEachFigureTheOperatorsAskedFor() {
        List<String> titles = new ArrayList<>();
        dashboard.get("panels").forEach(panel -> titles.add(panel.get("title").asString().toLowerCase()));

        for (String figure : List.of("requests per second, per data center", "error rate", "p99", "views counted",
                "replication lag", "circuit breakers", "active faults")) {
            assertThat(titles).as("a panel for " + figure).anyMatch(title -> title.contains(figure));
        }
    }

    @Test
    void everyReelstormMetricTheDashboardQueriesIsOneTheCodeExports() throws IOException {
        Set<String> exported = exportedMeterNames();
        Set<String> queried = new TreeSet<>();
        dashboard.get("panels").forEach(panel -> panel.get("targets").forEach(target -> {
            Matcher metric = OUR_METRIC.matcher(target.get("expr").asString());
            while (metric.find()) {
                queried.add(metric.group());
            }
        }));

        assertThat(queried).isNotEmpty();
        for (String metric : queried) {
            assertThat(PROMETHEUS_SUFFIXES.stream().anyMatch(suffix -> metric.endsWith(suffix)
                    && exported.contains(metric.substring(0, metric.length() - suffix.length()))))
                    .as(metric + " comes from a meter in the code (exported: " + exported + ")").isTrue();
        }
    }

    @Test
    void theDashboardReadsTheProvisionedDatasource() {
        Map<String, Object> provisioning = new Yaml().load(read(OBSERVABILITY.resolve("grafana/provisioning/datasources/prometheus.yml")));
        Object uid = ComposeFile.<Object>listOfMaps(provisioning.get("datasources")).getFirst().get("uid");

        dashboard.get("panels").forEach(panel ->
                assertThat(panel.get("datasource").get("uid").asString()).as(panel.get("title").asString()).isEqualTo(uid));
    }

    /** Meter names as Prometheus writes them: dots and dashes become underscores. */
    private static Set<String> exportedMeterNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of(".."), 14)) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java") && path.toString().contains("/src/main/java/")).toList()) {
                Matcher meter = METER_NAME.matcher(Files.readString(source));
                while (meter.find()) {
                    names.add(meter.group(1).replace('.', '_').replace('-', '_'));
                }
            }
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
