package io.opsledger.command.pipeline;

import io.opsledger.kernel.pipeline.PipelineRule;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepName;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static io.opsledger.kernel.pipeline.PipelineRule.MAX_RETRIES_OUT_OF_RANGE;
import static io.opsledger.kernel.pipeline.PipelineRule.NAMESPACE_REQUIRED;
import static io.opsledger.kernel.pipeline.PipelineRule.NAMESPACE_TOO_LONG;
import static io.opsledger.kernel.pipeline.PipelineRule.NAME_REQUIRED;
import static io.opsledger.kernel.pipeline.PipelineRule.NAME_TOO_LONG;
import static io.opsledger.kernel.pipeline.PipelineRule.REASON_TOO_LONG;
import static io.opsledger.kernel.pipeline.PipelineRule.ROWS_NEGATIVE;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_DEPENDENCY_CYCLE;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_DEPENDENCY_DANGLING;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_KIND_REQUIRED;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_NAME_DUPLICATE;
import static io.opsledger.kernel.pipeline.PipelineRule.STEP_NAME_INVALID;
import static io.opsledger.kernel.pipeline.PipelineRule.TIMEOUT_OUT_OF_RANGE;
import static io.opsledger.kernel.pipeline.PipelineRule.TOO_MANY_STEPS;

/** The rules on a single input value; each returns the normalised value or throws the rule it broke. */
final class PipelineInputRules {

    private static final Duration MAX_TIMEOUT = Duration.ofSeconds(PipelineRule.MAX_TIMEOUT_SECONDS);

    private PipelineInputRules() {
    }

    static String name(String name) {
        return required(name, "name", NAME_REQUIRED, NAME_TOO_LONG);
    }

    static String namespace(String namespace) {
        return required(namespace, "namespace", NAMESPACE_REQUIRED, NAMESPACE_TOO_LONG);
    }

    private static String required(String value, String label, PipelineRule blank, PipelineRule tooLong) {
        if (value == null || value.isBlank()) {
            throw blank.violated("%s must not be blank", label);
        }
        String stripped = value.strip();
        if (stripped.length() > PipelineRule.MAX_NAME_LENGTH) {
            throw tooLong.violated("%s has %d characters; at most %d are allowed", label, stripped.length(),
                    PipelineRule.MAX_NAME_LENGTH);
        }
        return stripped;
    }

    static int maxRetries(int maxRetries) {
        if (maxRetries < 0 || maxRetries > PipelineRule.MAX_RETRIES) {
            throw MAX_RETRIES_OUT_OF_RANGE.violated("maxRetries must be between 0 and %d (got %d)",
                    PipelineRule.MAX_RETRIES, maxRetries);
        }
        return maxRetries;
    }

    /** Null means no timeout. */
    static Duration timeout(Duration timeout) {
        if (timeout != null && (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(MAX_TIMEOUT) > 0)) {
            throw TIMEOUT_OUT_OF_RANGE.violated("the timeout must be between 1 second and 7 days, or absent (got %d s)",
                    timeout.toSeconds());
        }
        return timeout;
    }

    static Long rows(Long rows, String label) {
        if (rows != null && rows < 0) {
            throw ROWS_NEGATIVE.violated("%s must be 0 or more (got %d)", label, rows);
        }
        return rows;
    }

    static String reason(String reason) {
        String stripped = reason == null ? "" : reason.strip();
        if (stripped.length() > PipelineRule.MAX_REASON_LENGTH) {
            throw REASON_TOO_LONG.violated("reason has %d characters; at most %d are allowed", stripped.length(),
                    PipelineRule.MAX_REASON_LENGTH);
        }
        return stripped;
    }

    /**
     * Steps with stripped, unique names and known kinds, whose dependencies name steps of the same
     * pipeline and form a DAG. Order and dependency order are kept as given.
     */
    static List<StepDefinition> steps(List<StepDefinition> steps) {
        if (steps == null) {
            return List.of();
        }
        if (steps.size() > PipelineRule.MAX_STEPS) {
            throw TOO_MANY_STEPS.violated("a pipeline has at most %d steps (got %d)", PipelineRule.MAX_STEPS, steps.size());
        }
        Map<StepName, StepDefinition> byName = new LinkedHashMap<>();
        for (StepDefinition step : steps) {
            StepName name = stepName(step == null ? null : step.name());
            if (step.kind() == null) {
                throw STEP_KIND_REQUIRED.violated("step '%s' needs a kind: EXTRACT, TRANSFORM or LOAD", name);
            }
            if (byName.containsKey(name)) {
                throw STEP_NAME_DUPLICATE.violated("two steps are named '%s'; step names are unique in a pipeline", name);
            }
            List<StepName> dependsOn = new ArrayList<>();
            for (StepName dependency : step.dependsOn()) {
                StepName stripped = stepName(dependency);
                if (!dependsOn.contains(stripped)) {
                    dependsOn.add(stripped);
                }
            }
            byName.put(name, new StepDefinition(name, step.kind(), dependsOn));
        }
        for (StepDefinition step : byName.values()) {
            for (StepName dependency : step.dependsOn()) {
                if (!byName.containsKey(dependency)) {
                    throw STEP_DEPENDENCY_DANGLING.violated("step '%s' depends on '%s', which is not a step of this pipeline",
                            step.name(), dependency);
                }
            }
        }
        List<StepName> cycle = findCycle(byName);
        if (!cycle.isEmpty()) {
            throw STEP_DEPENDENCY_CYCLE.violated("step dependencies form a cycle: %s",
                    String.join(" → ", cycle.stream().map(StepName::value).toList()));
        }
        return List.copyOf(byName.values());
    }

    private static StepName stepName(StepName name) {
        if (name == null || name.value().isBlank() || name.value().strip().length() > PipelineRule.MAX_NAME_LENGTH) {
            throw STEP_NAME_INVALID.violated("a step name is 1 to %d characters (got '%s')", PipelineRule.MAX_NAME_LENGTH,
                    name == null ? "nothing" : name.value());
        }
        return new StepName(name.value().strip());
    }

    /** One cycle as a path that starts and ends with the same step, or empty for a DAG (depth-first, iterative). */
    private static List<StepName> findCycle(Map<StepName, StepDefinition> steps) {
        Set<StepName> done = new HashSet<>();
        for (StepName root : steps.keySet()) {
            if (done.contains(root)) {
                continue;
            }
            Map<StepName, Integer> onPath = new HashMap<>();
            Deque<StepName> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(root);
            next.push(0);
            onPath.put(root, 0);
            while (!path.isEmpty()) {
                StepName current = path.peek();
                List<StepName> dependencies = steps.get(current).dependsOn();
                int index = next.pop();
                if (index < dependencies.size()) {
                    next.push(index + 1);
                    StepName dependency = dependencies.get(index);
                    if (onPath.containsKey(dependency)) {
                        List<StepName> rootFirst = new ArrayList<>(path).reversed();
                        List<StepName> cycle = new ArrayList<>(rootFirst.subList(onPath.get(dependency), path.size()));
                        cycle.add(dependency);
                        return cycle;
                    }
                    if (!done.contains(dependency)) {
                        onPath.put(dependency, path.size());
                        path.push(dependency);
                        next.push(0);
                    }
                } else {
                    path.pop();
                    onPath.remove(current);
                    done.add(current);
                }
            }
        }
        return List.of();
    }
}
