package io.opsledger.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An entity's JSON as a flat map from field path to value, so that two states compare field by
 * field: {@code title}, {@code phases[<phaseId>].tasks[<taskId>].status}. Lists of things with an
 * {@code id} are keyed by that id, so that a reordering or an insertion does not look like a
 * change of every later element; other lists are one value.
 */
final class FieldPaths {

    /** Bookkeeping that moves with every event and says nothing about what changed. */
    private static final Set<String> IGNORED = Set.of("revision", "updatedAt");

    private FieldPaths() {
    }

    static Map<String, JsonNode> flatten(JsonNode state) {
        Map<String, JsonNode> paths = new LinkedHashMap<>();
        if (state != null) {
            walk("", state, paths);
        }
        return paths;
    }

    /** The paths whose value differs between two flattened states (present on one side only included). */
    static Set<String> changed(Map<String, JsonNode> before, Map<String, JsonNode> after) {
        Set<String> changed = new TreeSet<>();
        for (String path : union(before.keySet(), after.keySet())) {
            JsonNode old = before.getOrDefault(path, NullNode.getInstance());
            JsonNode now = after.getOrDefault(path, NullNode.getInstance());
            if (!old.equals(now)) {
                changed.add(path);
            }
        }
        return changed;
    }

    private static Set<String> union(Set<String> first, Set<String> second) {
        Set<String> all = new TreeSet<>(first);
        all.addAll(second);
        return all;
    }

    private static void walk(String path, JsonNode node, Map<String, JsonNode> paths) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String child = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (!(path.isEmpty() && IGNORED.contains(field.getKey()))) {
                    walk(child, field.getValue(), paths);
                }
            }
        } else if (node.isArray() && !node.isEmpty() && allHaveIds(node)) {
            for (JsonNode element : node) {
                walk(path + "[" + idOf(element) + "]", element, paths);
            }
        } else {
            paths.put(path, node);
        }
    }

    private static boolean allHaveIds(JsonNode array) {
        for (JsonNode element : array) {
            if (!element.isObject() || !element.hasNonNull("id")) {
                return false;
            }
        }
        return true;
    }

    private static String idOf(JsonNode element) {
        JsonNode id = element.get("id");
        return id.isObject() && id.has("value") ? id.get("value").asText() : id.asText();
    }
}
