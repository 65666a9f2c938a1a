package io.reelstorm.gateway.openapi;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Merges the services' OpenAPI descriptions into the one ReelStorm API description: their paths, tags and
 * components, with the gateway as the only server. Components that two services define identically are
 * kept once; a different one under a name already taken is renamed {@code <service>.<name>}, and that
 * service's references follow it.
 */
public final class OpenApiMerger {

    public static final String TITLE = "ReelStorm API";
    /** Extension member that names the services whose descriptions could not be fetched. */
    public static final String UNAVAILABLE = "x-reelstorm-unavailable";

    private static final String DEFAULT_VERSION = "3.1.0";
    private static final String COMPONENT_REF = "#/components/";

    private OpenApiMerger() {
    }

    /**
     * @param descriptions each service's own description, in the order their paths should appear
     * @param unavailable  services that did not answer
     * @param serverUrl    the gateway's base URL
     */
    public static ObjectNode merge(Map<String, JsonNode> descriptions, Collection<String> unavailable, String serverUrl) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        ObjectNode merged = nodes.objectNode();
        merged.put("openapi", descriptions.values().stream()
                .map(doc -> doc.path("openapi").asString(""))
                .filter(version -> !version.isEmpty())
                .findFirst().orElse(DEFAULT_VERSION));
        merged.putObject("info")
                .put("title", TITLE)
                .put("version", "1")
                .put("description", "Every public call of ReelStorm, through the gateway.");
        merged.putArray("servers").addObject().put("url", serverUrl).put("description", "ReelStorm gateway");
        ArrayNode tags = merged.putArray("tags");
        ObjectNode paths = merged.putObject("paths");
        ObjectNode components = merged.putObject("components");

        Set<String> tagNames = new HashSet<>();
        descriptions.forEach((service, description) -> {
            Map<String, String> renamed = conflictingComponents(service, description, components);
            JsonNode doc = renamed.isEmpty() ? description : rewriteRefs(description.deepCopy(), renamed);
            mergeComponents(doc, components, renamed);
            mergePaths(doc, paths);
            for (JsonNode tag : doc.path("tags")) {
                if (tagNames.add(tag.path("name").asString(""))) {
                    tags.add(tag.deepCopy());
                }
            }
        });
        if (tags.isEmpty()) {
            merged.remove("tags");
        }
        ArrayNode missing = merged.putArray(UNAVAILABLE);
        unavailable.stream().sorted().forEach(missing::add);
        return merged;
    }

    /** References ({@code #/components/schemas/Video}) whose component clashes with a different one already merged. */
    private static Map<String, String> conflictingComponents(String service, JsonNode doc, ObjectNode merged) {
        Map<String, String> renamed = new HashMap<>();
        for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
            JsonNode taken = merged.path(section.getKey());
            for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                JsonNode existing = taken.get(component.getKey());
                if (existing != null && !existing.equals(component.getValue())) {
                    renamed.put(ref(section.getKey(), component.getKey()), ref(section.getKey(), service + "." + component.getKey()));
                }
            }
        }
        return renamed;
    }

    private static void mergeComponents(JsonNode doc, ObjectNode merged, Map<String, String> renamed) {
        for (Map.Entry<String, JsonNode> section : doc.path("components").properties()) {
            ObjectNode target = merged.has(section.getKey())
                    ? (ObjectNode) merged.get(section.getKey())
                    : merged.putObject(section.getKey());
            for (Map.Entry<String, JsonNode> component : section.getValue().properties()) {
                String ref = renamed.getOrDefault(ref(section.getKey(), component.getKey()), ref(section.getKey(), component.getKey()));
                target.putIfAbsent(ref.substring(ref.lastIndexOf('/') + 1), component.getValue().deepCopy());
            }
        }
    }

    private static void mergePaths(JsonNode doc, ObjectNode merged) {
        for (Map.Entry<String, JsonNode> path : doc.path("paths").properties()) {
            JsonNode existing = merged.get(path.getKey());
            if (existing instanceof ObjectNode item && path.getValue() instanceof ObjectNode more) {
                more.properties().forEach(operation -> item.putIfAbsent(operation.getKey(), operation.getValue()));
            } else if (existing == null) {
                merged.set(path.getKey(), path.getValue().deepCopy());
            }
        }
    }

    /** Rewrites every string that is exactly a renamed reference ({@code $ref}s and discriminator mappings alike). */
    private static JsonNode rewriteRefs(JsonNode node, Map<String, String> renamed) {
        if (node instanceof ObjectNode object) {
            for (String name : List.copyOf(object.propertyNames())) {
                renamedRef(object.get(name), renamed).ifPresentOrElse(
                        ref -> object.put(name, ref),
                        () -> rewriteRefs(object.get(name), renamed));
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                int index = i;
                renamedRef(array.get(i), renamed).ifPresentOrElse(
                        ref -> array.set(index, JsonNodeFactory.instance.stringNode(ref)),
                        () -> rewriteRefs(array.get(index), renamed));
            }
        }
        return node;
    }

    private static Optional<String> renamedRef(JsonNode value, Map<String, String> renamed) {
        return value.isString() ? Optional.ofNullable(renamed.get(value.asString())) : Optional.empty();
    }

    private static String ref(String section, String name) {
        return COMPONENT_REF + section + "/" + name;
    }
}
