package io.opsledger.api.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import io.opsledger.kernel.pipeline.LineageDataset;
import io.opsledger.kernel.pipeline.LineageEventType;
import io.opsledger.kernel.pipeline.PipelineId;
import io.opsledger.kernel.pipeline.PipelineRunId;
import io.opsledger.kernel.pipeline.RecordLineageEventCommand;
import io.opsledger.kernel.pipeline.RegisterLineageJobCommand;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * An OpenLineage RunEvent as the specification (and every official client) writes it, read from
 * its JSON tree: only what Opsledger keeps is required, everything else is tolerated, so that
 * producers on newer spec versions keep working. Facets are kept whole, as JSON text.
 */
record OpenLineageRunEvent(LineageEventType eventType, Instant eventTime, UUID runId, String namespace, String name,
                           String producer, List<LineageDataset> inputs, List<LineageDataset> outputs,
                           String runFacets, String jobFacets, Long rowsRead, Long rowsWritten, String errorMessage) {

    /** A RunEvent that cannot be recorded; the message says which field and why. */
    static final class InvalidRunEvent extends RuntimeException {
        InvalidRunEvent(String message) {
            super(message);
        }
    }

    static OpenLineageRunEvent from(JsonNode root) {
        if (root == null || !root.isObject()) {
            throw new InvalidRunEvent("the body must be a JSON object: an OpenLineage RunEvent");
        }
        JsonNode run = root.path("run");
        JsonNode job = root.path("job");
        return new OpenLineageRunEvent(eventType(root.path("eventType")), eventTime(root.path("eventTime")),
                runId(run.path("runId")), text(job, "job.namespace"), text(job, "job.name"),
                root.path("producer").isTextual() ? root.path("producer").asText() : null,
                datasets(root.path("inputs"), "inputs", "inputFacets"),
                datasets(root.path("outputs"), "outputs", "outputFacets"),
                facets(run.path("facets")), facets(job.path("facets")),
                rows(root.path("inputs"), "inputFacets", "inputStatistics"),
                rows(root.path("outputs"), "outputFacets", "outputStatistics"),
                errorMessage(run.path("facets")));
    }

    PipelineId pipelineId() {
        return PipelineId.forJob(namespace, name);
    }

    RegisterLineageJobCommand registerJob() {
        return new RegisterLineageJobCommand(pipelineId(), namespace, name);
    }

    RecordLineageEventCommand record() {
        return new RecordLineageEventCommand(PipelineRunId.forOpenLineageRun(namespace, name, runId), pipelineId(), runId,
                eventType, eventTime, producer, inputs, outputs, runFacets, jobFacets, rowsRead, rowsWritten, errorMessage);
    }

    /** Optional in the specification: an event without a type is OTHER. */
    private static LineageEventType eventType(JsonNode node) {
        if (node.isMissingNode() || node.isNull()) {
            return LineageEventType.OTHER;
        }
        try {
            return LineageEventType.valueOf(node.asText().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRunEvent("eventType: '%s' is not one of %s".formatted(node.asText(),
                    Arrays.toString(LineageEventType.values())));
        }
    }

    private static Instant eventTime(JsonNode node) {
        if (!node.isTextual()) {
            throw new InvalidRunEvent("eventTime is required: an ISO-8601 date-time with offset, e.g. 2026-11-21T09:30:00.000Z");
        }
        try {
            return ZonedDateTime.parse(node.asText(), DateTimeFormatter.ISO_DATE_TIME).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidRunEvent("eventTime: '%s' is not an ISO-8601 date-time with offset, e.g. 2026-11-21T09:30:00.000Z"
                    .formatted(node.asText()));
        }
    }

    private static UUID runId(JsonNode node) {
        if (!node.isTextual()) {
            throw new InvalidRunEvent("run.runId is required: a UUID");
        }
        try {
            return UUID.fromString(node.asText());
        } catch (IllegalArgumentException e) {
            throw new InvalidRunEvent("run.runId: '%s' is not a UUID".formatted(node.asText()));
        }
    }

    private static String text(JsonNode parent, String path) {
        JsonNode node = parent.path(path.substring(path.indexOf('.') + 1));
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InvalidRunEvent(path + " is required: a non-empty string");
        }
        return node.asText();
    }

    private static List<LineageDataset> datasets(JsonNode array, String path, String ownFacets) {
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new InvalidRunEvent(path + " must be an array of datasets");
        }
        List<LineageDataset> datasets = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode dataset = array.get(i);
            String namespace = dataset.path("namespace").asText("");
            String name = dataset.path("name").asText("");
            if (namespace.isBlank() || name.isBlank()) {
                throw new InvalidRunEvent("%s[%d] needs a namespace and a name".formatted(path, i));
            }
            com.fasterxml.jackson.databind.node.ObjectNode facets = dataset.deepCopy();
            facets.remove(List.of("namespace", "name"));
            datasets.add(new LineageDataset(namespace, name, facets.isEmpty() ? null : facets.toString()));
        }
        return List.copyOf(datasets);
    }

    /** The message of the errorMessage run facet a FAIL carries: the run's failure reason. */
    private static String errorMessage(JsonNode runFacets) {
        JsonNode message = runFacets.path("errorMessage").path("message");
        return message.isTextual() && !message.asText().isBlank() ? message.asText() : null;
    }

    private static String facets(JsonNode node) {
        return node.isObject() ? node.toString() : null;
    }

    /** The sum of the datasets' statistics facets' row counts, or null when no dataset reports one. */
    private static Long rows(JsonNode array, String facetsField, String statistics) {
        Long total = null;
        int index = 0;
        for (JsonNode dataset : array.isArray() ? array : List.<JsonNode>of()) {
            JsonNode count = dataset.path(facetsField).path(statistics).path("rowCount");
            if (!count.isMissingNode() && !count.isNull()) {
                // 1e300 or -5 used to be dropped in silence; a count that is not a row count is refused.
                if (!count.isIntegralNumber() || !count.canConvertToLong() || count.asLong() < 0) {
                    throw new InvalidRunEvent("%s[%d].%s.%s.rowCount must be a whole number of rows, 0 or more (got %s)"
                            .formatted(facetsField.replace("Facets", "s"), index, facetsField, statistics, count));
                }
                total = Math.addExact(total == null ? 0 : total, count.asLong());
            }
            index++;
        }
        return total;
    }
}
