package io.reelstorm.infra.experiment.report;

import static io.reelstorm.infra.experiment.report.Html.text;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/** The page's static markup: headlines, chart frames and the tables, runs side by side. */
final class Sections {

    static final int MAX_VIOLATIONS_SHOWN = 50;

    private final List<Summary.Run> runs;

    Sections(List<Summary.Run> runs) {
        this.runs = runs;
    }

    String headlines(List<String> sentences) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            out.append("<p class=\"headline\">").append(text(sentences.get(i))).append(' ')
                    .append(badge(runs.get(i).passed())).append("</p>\n");
        }
        return out.toString();
    }

    static String badge(boolean passed) {
        return passed ? "<span class=\"badge pass\">passed</span>" : "<span class=\"badge fail\">failed</span>";
    }

    /** One canvas per run; report.js finds them by data-chart and data-run. */
    String figures(String chart, String describedAs) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < runs.size(); i++) {
            String name = text(runs.get(i).name());
            out.append("<figure><figcaption>").append(name).append(' ').append(badge(runs.get(i).passed()))
                    .append("</figcaption><div class=\"chart\"><canvas data-chart=\"").append(chart)
                    .append("\" data-run=\"").append(i).append("\" role=\"img\" aria-label=\"")
                    .append(text(describedAs)).append(", ").append(name).append(" run\"></canvas></div></figure>\n");
        }
        return out.toString();
    }

    String symptoms() {
        StringBuilder out = head("counts", "Symptom");
        countRow(out, "calls", Summary.Run::calls, false);
        for (Symptom symptom : Symptom.values()) {
            String label = "<span class=\"swatch " + symptom.id() + "\"></span>"
                    + text(symptom.isFailure() ? symptom.id() : symptom.id() + " (429/503, counted apart)");
            countRow(out, label, r -> r.symptom(symptom.id()), symptom.isFailure());
        }
        return out.append("</tbody></table>\n").toString();
    }

    private void countRow(StringBuilder out, String labelHtml, ToLongFunction<Summary.Run> count, boolean failure) {
        out.append("<tr><th scope=\"row\">").append(labelHtml).append("</th>");
        for (Summary.Run run : runs) {
            long n = count.applyAsLong(run);
            out.append(failure && n > 0 ? "<td class=\"num bad\">" : "<td class=\"num\">").append(number(n)).append("</td>");
        }
        out.append("</tr>\n");
    }

    String expectations() {
        return perRun(run -> {
            if (run.expectations().isEmpty()) {
                return "<p class=\"quiet\">No expectations for this run.</p>";
            }
            StringBuilder out = new StringBuilder("<table><thead><tr><th scope=\"col\">Rule</th>"
                    + "<th scope=\"col\">Result</th><th scope=\"col\">Detail</th></tr></thead><tbody>\n");
            for (Summary.Expectation e : run.expectations()) {
                out.append("<tr><td><code>").append(text(e.rule())).append("</code></td><td>").append(badge(e.passed()))
                        .append("</td><td>").append(text(e.detail())).append("</td></tr>\n");
            }
            return out.append("</tbody></table>").toString();
        });
    }

    String verifier() {
        return perRun(run -> {
            Summary.Verifier v = run.verifier();
            String checked = number(v.checkedVideos()) + (v.checkedVideos() == 1 ? " video" : " videos") + " checked";
            if (v.clean() && v.violations().isEmpty()) {
                return "<p><span class=\"badge pass\">clean</span> " + checked + ", no violation.</p>";
            }
            List<Summary.Violation> all = v.violations();
            StringBuilder out = new StringBuilder("<p><span class=\"badge fail\">")
                    .append(number(all.size())).append(all.size() == 1 ? " violation" : " violations")
                    .append("</span> ").append(checked).append(".</p>\n");
            out.append("<div class=\"scroll\"><table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">DC</th>"
                    + "<th scope=\"col\">Video</th><th scope=\"col\">Detail</th></tr></thead><tbody>\n");
            for (Summary.Violation x : all.subList(0, Math.min(all.size(), MAX_VIOLATIONS_SHOWN))) {
                out.append("<tr><td><code>").append(text(x.rule())).append("</code></td><td>").append(text(x.dc()))
                        .append("</td><td><code>").append(text(x.videoId())).append("</code></td><td>")
                        .append(text(x.detail())).append("</td></tr>\n");
            }
            out.append("</tbody></table></div>\n");
            if (all.size() > MAX_VIOLATIONS_SHOWN) {
                out.append("<p class=\"quiet\">and ").append(number(all.size() - MAX_VIOLATIONS_SHOWN))
                        .append(" more.</p>");
            }
            return out.toString();
        });
    }

    /** Fixes, writes, load settings and the Gatling report of each run. */
    String runs(Path experimentDir) {
        StringBuilder out = head("settings", "");
        row(out, "fixes on", r -> r.fixes().isEmpty() ? "none"
                : String.join(", ", r.fixes().stream().map(f -> "<code>" + text(f) + "</code>").toList()));
        Set<String> kinds = new LinkedHashSet<>();
        runs.forEach(r -> kinds.addAll(r.writes().keySet()));
        for (String kind : kinds) {
            row(out, kind + " acknowledged", r -> writes(r, kind, true));
            row(out, kind + " in doubt", r -> writes(r, kind, false));
        }
        row(out, "load", r -> String.format(Locale.ENGLISH, "%s s, baseline %s s", seconds(r.loadSeconds()),
                seconds(r.baselineSeconds())));
        row(out, "sessions per second", r -> r.rate() == null ? "" : seconds(r.rate()));
        row(out, "seed", r -> r.seed() == null ? "" : r.seed().toString());
        row(out, "Gatling report", r -> gatlingLink(experimentDir, r));
        return out.append("</tbody></table>\n").toString();
    }

    private static String writes(Summary.Run run, String kind, boolean acknowledged) {
        Summary.Writes w = run.writes().get(kind);
        return w == null ? "" : number(acknowledged ? w.acknowledged() : w.inDoubt());
    }

    /** Only a relative link into the experiment folder: the page must not reach out anywhere. */
    private static String gatlingLink(Path experimentDir, Summary.Run run) {
        String href = run.gatlingReport();
        if (href == null || href.isBlank()) {
            return "<span class=\"quiet\">none</span>";
        }
        URI uri = relativeUri(href);
        if (uri == null) {
            return "<code>" + text(href) + "</code>";
        }
        String missing = Files.exists(experimentDir.resolve(uri.getPath())) ? "" : " <span class=\"quiet\">(missing)</span>";
        return "<a href=\"" + text(uri.toString()) + "\">" + text(href) + "</a>" + missing;
    }

    private static URI relativeUri(String href) {
        try {
            URI uri = new URI(href.replace(" ", "%20"));
            return uri.isAbsolute() || uri.getAuthority() != null || href.startsWith("/") ? null : uri;
        } catch (URISyntaxException e) {
            return null;
        }
    }

    private String perRun(Function<Summary.Run, String> body) {
        StringBuilder out = new StringBuilder("<div class=\"runs\">\n");
        for (Summary.Run run : runs) {
            out.append("<div class=\"run\"><h3>").append(text(run.name())).append(' ').append(badge(run.passed()))
                    .append("</h3>\n").append(body.apply(run)).append("\n</div>\n");
        }
        return out.append("</div>\n").toString();
    }

    private StringBuilder head(String kind, String corner) {
        StringBuilder out = new StringBuilder("<table class=\"side-by-side ").append(kind)
                .append("\"><thead><tr><th scope=\"col\">")
                .append(text(corner)).append("</th>");
        runs.forEach(r -> out.append("<th scope=\"col\">").append(text(r.name())).append("</th>"));
        return out.append("</tr></thead><tbody>\n");
    }

    private void row(StringBuilder out, String label, Function<Summary.Run, String> cell) {
        out.append("<tr><th scope=\"row\">").append(text(label)).append("</th>");
        runs.forEach(r -> out.append("<td>").append(cell.apply(r)).append("</td>"));
        out.append("</tr>\n");
    }

    static String number(long n) {
        return String.format(Locale.ENGLISH, "%,d", n);
    }

    private static String seconds(double s) {
        return s == Math.rint(s) ? number((long) s) : String.format(Locale.ENGLISH, "%,.1f", s);
    }
}
