package io.opsledger.query.pipelineruns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opsledger.kernel.pipeline.LineageDataset;
import io.opsledger.kernel.pipeline.StepDefinition;
import io.opsledger.kernel.pipeline.StepKind;
import io.opsledger.kernel.pipeline.StepName;

import java.util.List;

/**
 * The JSON columns of the pipeline tables: lists that are always read and written whole. Steps are
 * stored with plain string names, not as the kernel's records, so the tables read naturally in SQL.
 */
final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final TypeReference<List<StepRow>> STEPS = new TypeReference<>() { };
    private static final TypeReference<List<String>> NAMES = new TypeReference<>() { };
    private static final TypeReference<List<LineageDataset>> DATASETS = new TypeReference<>() { };

    private Json() {
    }

    record StepRow(String name, StepKind kind, List<String> dependsOn) {
    }

    static String steps(List<StepDefinition> steps) {
        return write(steps.stream().map(step -> new StepRow(step.name().value(), step.kind(),
                step.dependsOn().stream().map(StepName::value).toList())).toList());
    }

    static List<StepDefinition> steps(String json) {
        return read(json, STEPS).stream().map(row -> new StepDefinition(new StepName(row.name()), row.kind(),
                row.dependsOn().stream().map(StepName::new).toList())).toList();
    }

    static String names(List<StepName> names) {
        return write(names.stream().map(StepName::value).toList());
    }

    static List<String> names(String json) {
        return read(json, NAMES);
    }

    static String datasets(List<LineageDataset> datasets) {
        return write(datasets == null ? List.of() : datasets);
    }

    static List<LineageDataset> datasets(String json) {
        return read(json, DATASETS);
    }

    private static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value + " as JSON", e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("corrupt JSON column: " + json, e);
        }
    }
}
