package io.reelstorm.infra.experiment.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** What the report inlines from the classpath: its template, its script and Chart.js from the WebJar. */
final class Resources {

    private static final String CHART_JS_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private Resources() {}

    static String template() throws IOException {
        return read("report/report.html");
    }

    static String script() throws IOException {
        return read("report/report.js");
    }

    /** The UMD build, minus its source map comment: the map is not in the page, and the page fetches nothing. */
    static String chartJs() throws IOException {
        Properties pom = new Properties();
        try (InputStream in = stream(CHART_JS_POM)) {
            pom.load(in);
        }
        String js = read("META-INF/resources/webjars/chart.js/" + pom.getProperty("version") + "/dist/chart.umd.min.js");
        return js.replaceAll("(?m)^//# sourceMappingURL=.*$", "");
    }

    private static String read(String name) throws IOException {
        try (InputStream in = stream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static InputStream stream(String name) throws IOException {
        InputStream in = Resources.class.getClassLoader().getResourceAsStream(name);
        if (in == null) {
            throw new IOException("not on the classpath: " + name);
        }
        return in;
    }
}
