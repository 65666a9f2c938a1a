package io.reelstorm.infra.experiment.scenario;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** A mapping of a scenario file: its keys in file order, each value a {@link YamlNode} with its own path. */
final class YamlMapping {

    private final YamlNode self;
    private final Map<String, YamlNode> keys = new LinkedHashMap<>();
    private final Map<String, YamlNode> values = new LinkedHashMap<>();

    YamlMapping(YamlNode self, MappingNode mapping) {
        this.self = self;
        for (NodeTuple entry : mapping.getValue()) {
            YamlNode key = new YamlNode(self.file(), self.path(), entry.getKeyNode());
            if (!(entry.getKeyNode() instanceof ScalarNode scalar)) {
                throw key.error("keys must be plain names");
            }
            String name = scalar.getValue();
            YamlNode keyNode = new YamlNode(self.file(), self.child(name), entry.getKeyNode());
            if (keys.containsKey(name)) {
                throw keyNode.error("duplicate key '" + name + "'");
            }
            keys.put(name, keyNode);
            values.put(name, new YamlNode(self.file(), self.child(name), entry.getValueNode()));
        }
    }

    YamlNode self() {
        return self;
    }

    /** Rejects the first key not in {@code known}, naming it. */
    YamlMapping onlyKeys(Collection<String> known) {
        for (Map.Entry<String, YamlNode> key : keys.entrySet()) {
            if (!known.contains(key.getKey())) {
                throw key.getValue().error("unknown key '" + key.getKey() + "'; expected one of: " + String.join(", ", known));
            }
        }
        return this;
    }

    boolean has(String key) {
        return values.containsKey(key);
    }

    YamlNode required(String key) {
        return optional(key).orElseThrow(() -> self.errorAbout(key, "missing required key '" + key + "'"));
    }

    Optional<YamlNode> optional(String key) {
        return Optional.ofNullable(values.get(key));
    }

    Map<String, YamlNode> entries() {
        return Collections.unmodifiableMap(values);
    }

    /** The one key of {@code alternatives} present, e.g. a step's action; complains when there are none or several. */
    String exactlyOneOf(List<String> alternatives, String what) {
        List<String> present = alternatives.stream().filter(this::has).toList();
        if (present.isEmpty()) {
            throw self.error(what + " needs one of: " + String.join(", ", alternatives));
        }
        if (present.size() > 1) {
            throw keys.get(present.get(1)).error(what + " takes only one of " + String.join(", ", alternatives)
                    + ", found both '" + present.get(0) + "' and '" + present.get(1) + "'");
        }
        return present.getFirst();
    }
}
