package io.reelstorm.infra.experiment.report;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Escaping for the three places text goes into the page: markup, inline scripts, and the template. */
final class Html {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\w+)}}");
    private static final Pattern SCRIPT_END = Pattern.compile("(?i)</(script)");

    private Html() {}

    static String text(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * JSON that can sit inside a {@code <script>} element: the HTML parser ends the element at the first
     * {@code </script}, and {@code <} only ever occurs inside JSON strings, where {@code \u003c} means the same.
     */
    static String json(String json) {
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    /** Script source made safe to inline: {@code </script} can only occur in its strings, regexes or comments. */
    static String script(String js) {
        return SCRIPT_END.matcher(js).replaceAll("<\\\\/$1");
    }

    /** Fills {@code {{name}}} in one pass, so a value containing braces is never read as a placeholder. */
    static String fill(String template, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder(template.length());
        while (m.find()) {
            String value = values.get(m.group(1));
            if (value == null) {
                throw new IllegalArgumentException("no value for the template's {{" + m.group(1) + "}}");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        return m.appendTail(out).toString();
    }
}
