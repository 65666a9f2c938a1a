package io.reelstorm.infra.experiment.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ReportWriterTest {

    private static final String DATA_OPEN = "<script type=\"application/json\" id=\"report-data\">";

    @TempDir
    static Path experiment;

    private static String page;

    @BeforeAll
    static void writeTheReport() throws IOException {
        Path report = ReportWriter.write(ReportFixture.write(experiment));
        assertThat(report).isEqualTo(experiment.resolve("report.html"));
        page = Files.readString(report);
    }

    @Test
    void opensWithOneSentencePerRunInPlainWords() {
        assertThat(page).contains(
                "naive: 33% of uploads failed (20 of 60), 10 zero-view readings, 60 timeouts, 7 server errors.",
                "resilient: none of the symptoms; 5 calls shed (429/503, counted apart).");
        assertThat(page.indexOf("naive: 33%")).isLessThan(page.indexOf("<h1>"));
    }

    @Test
    void referencesNothingOutsideTheExperimentFolder() {
        assertThat(Pattern.compile("(?i)(src|href|action)\\s*=\\s*[\"']?\\s*(https?:)?//").matcher(page).find()).isFalse();
        assertThat(page).doesNotContain("<link", "@import", "url(", "sourceMappingURL", " src=");
        assertThat(attributeValues("href")).containsExactly("naive/gatling/index.html", "resilient/gatling/index.html");
    }

    @Test
    void inlinesChartJsFromTheWebJar() {
        assertThat(page).contains(" * Chart.js v4.", "window.Chart=");
        assertThat(page.length()).isGreaterThan(200_000);
    }

    @Test
    void escapesTextSoATitleCannotEndAScriptOrAddMarkup() {
        assertThat(page).contains("<h1>Winter storm &lt;/script&gt;&lt;b&gt;bold&lt;/b&gt; — a data center loses power</h1>");
        assertThat(page).doesNotContain("<b>");
        // The HTML parser ends a script at "</script" whatever follows, so only the three real ends may have one.
        assertThat(count(page.toLowerCase(), "</script")).isEqualTo(count(page, "<script")).isEqualTo(3);
        assertThat(data().get(1).get("timeline").get(0).get("label").asString()).isEqualTo(ReportFixture.HOSTILE_LABEL);
    }

    @Test
    void embedsThePerSecondSeriesForTheCharts() {
        JsonNode naive = data().get(0);
        assertThat(naive.get("name").asString()).isEqualTo("naive");
        assertThat(naive.get("success").get("all calls").get(40).asDouble()).isEqualTo(33.3);
        assertThat(naive.get("success").get("east").get(40).isNull()).isTrue();
        assertThat(naive.get("success").get("west").get(85).asDouble()).isEqualTo(0.0);
        assertThat(naive.get("noAnswer").get(40).asDouble()).isEqualTo(66.7);
        assertThat(naive.get("symptoms").get("timeout").get(40).asInt()).isEqualTo(2);
        assertThat(naive.get("timeline").get(1).get("label").asString()).isEqualTo("failover west");
        assertThat(naive.get("routes").valueStream().map(JsonNode::asString).toList())
                .containsExactly("feed", "video", "view", "upload");
        assertThat(data().get(1).get("symptoms").get("shed").get(62).asInt()).isEqualTo(1);
    }

    @Test
    void drawsEveryChartForEveryRun() {
        for (String chart : List.of("success", "symptoms", "latency")) {
            assertThat(page).contains("data-chart=\"" + chart + "\" data-run=\"0\"", "data-chart=\"" + chart + "\" data-run=\"1\"");
        }
    }

    @Test
    void tabulatesSymptomsExpectationsVerifierFixesAndWrites() {
        assertThat(page).contains(
                "<th scope=\"row\">calls</th><td class=\"num\">307</td><td class=\"num\">305</td>",
                "zero-views</th><td class=\"num bad\">10</td><td class=\"num\">0</td>",
                "<code>present upload-failed, server-error, zero-views</code>",
                "feed 35 ms ≤ 3 × 30 ms",
                "53 violations</span> 60 videos checked",
                "01JVIDEO49", "and 3 more.",
                "<span class=\"badge pass\">clean</span> 60 videos checked",
                "<code>honest-reads</code>, <code>upload-failover</code>",
                "<th scope=\"row\">views acknowledged</th><td>1,210</td><td>1,220</td>",
                "<th scope=\"row\">uploads in doubt</th><td>20</td><td>0</td>");
        assertThat(page).doesNotContain("01JVIDEO50");
    }

    private static JsonNode data() {
        int start = page.indexOf(DATA_OPEN) + DATA_OPEN.length();
        return JsonMapper.builder().build().readTree(page.substring(start, page.toLowerCase().indexOf("</script", start)));
    }

    private static List<String> attributeValues(String attribute) {
        Matcher m = Pattern.compile(attribute + "=\"([^\"]*)\"").matcher(page);
        return m.results().map(r -> r.group(1)).toList();
    }

    private static int count(String haystack, String needle) {
        return (haystack.length() - haystack.replace(needle, "").length()) / needle.length();
    }
}
