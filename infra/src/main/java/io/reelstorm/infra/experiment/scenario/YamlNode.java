package io.reelstorm.infra.experiment.scenario;

import io.reelstorm.infra.stack.Durations;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A node of a scenario file together with where it sits — its line and its field path, e.g.
 * {@code timeline[2].target} — so that every complaint about its value can say so.
 */
record YamlNode(String file, String path, Node node) {

    int line() {
        return node.getStartMark().getLine() + 1;
    }

    ScenarioException error(String problem) {
        return new ScenarioException(file, line(), path, problem);
    }

    /** A complaint about a field below this node that is not there to point at, e.g. a missing key. */
    ScenarioException errorAbout(String subPath, String problem) {
        return new ScenarioException(file, line(), child(subPath), problem);
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String text() {
        if (!(node instanceof ScalarNode scalar)) {
            throw error("must be a single value, not " + shown());
        }
        if (scalar.getTag().equals(Tag.NULL)) {
            throw error("needs a value");
        }
        String text = scalar.getValue().strip();
        if (text.isEmpty()) {
            throw error("must not be empty");
        }
        return text;
    }

    Duration duration() {
        try {
            return Durations.parse(text());
        } catch (IllegalArgumentException e) {
            throw error(e.getMessage());
        }
    }

    Duration positiveDuration() {
        Duration duration = duration();
        if (duration.isZero()) {
            throw error("must be longer than 0");
        }
        return duration;
    }

    int wholeNumber(int min, int max) {
        String text = text();
        if (!text.matches("-?\\d{1,9}") || Integer.parseInt(text) < min || Integer.parseInt(text) > max) {
            throw error("must be a whole number from " + min + " to " + max + ", not '" + text + "'");
        }
        return Integer.parseInt(text);
    }

    /** A number above 0 and at most {@code max}, fractions allowed. */
    double positiveNumber(double max) {
        String text = text();
        if (!text.matches("\\d{1,9}(\\.\\d{1,9})?") || Double.parseDouble(text) <= 0 || Double.parseDouble(text) > max) {
            throw error("must be a number above 0 and at most " + shown(max) + ", not '" + text + "'");
        }
        return Double.parseDouble(text);
    }

    boolean bool() {
        return switch (text().toLowerCase(Locale.ROOT)) {
            case "true", "on", "yes" -> true;
            case "false", "off", "no" -> false;
            default -> throw error("must be true or false, not '" + text() + "'");
        };
    }

    /** One of a fixed set of names, e.g. a symptom; {@code what} names the set in the complaint. */
    <T> T choice(String what, Collection<T> choices, Function<T, String> id) {
        String text = text();
        return choices.stream().filter(choice -> id.apply(choice).equals(text)).findFirst().orElseThrow(() -> error(
                "unknown " + what + " '" + text + "'; known: " + String.join(", ", choices.stream().map(id).toList())));
    }

    /** A non-empty list of distinct names from a fixed set. */
    <T> List<T> choices(String what, Collection<T> choices, Function<T, String> id) {
        List<T> chosen = new ArrayList<>();
        for (YamlNode item : items()) {
            T choice = item.choice(what, choices, id);
            if (chosen.contains(choice)) {
                throw item.error(what + " '" + id.apply(choice) + "' is listed twice");
            }
            chosen.add(choice);
        }
        if (chosen.isEmpty()) {
            throw error("must list at least one " + what);
        }
        return chosen;
    }

    List<YamlNode> items() {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("must be a list, not " + shown());
        }
        List<YamlNode> items = new ArrayList<>();
        for (Node item : sequence.getValue()) {
            items.add(new YamlNode(file, path + "[" + items.size() + "]", item));
        }
        return items;
    }

    YamlMapping mapping() {
        if (!(node instanceof MappingNode mapping)) {
            throw error("must be a mapping of keys to values, not " + shown());
        }
        return new YamlMapping(this, mapping);
    }

    private String shown() {
        return switch (node) {
            case ScalarNode scalar when scalar.getTag().equals(Tag.NULL) -> "an empty value";
            case ScalarNode scalar -> "'" + scalar.getValue() + "'";
            case SequenceNode ignored -> "a list";
            default -> "a mapping";
        };
    }

    private static String shown(double number) {
        return number == Math.rint(number) ? Long.toString((long) number) : Double.toString(number);
    }
}
