package io.opsledger.kernel.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A run as the read model holds it: its state, its steps in definition order, every attempt of its
 * retry chain (attempt 1 first), the datasets it read and wrote, the OpenLineage events it was
 * reported with (in event time order) and the anomalies it raised.
 */
public record PipelineRunView(UUID id, UUID pipelineId, PipelineRunState state, int attempt, UUID retryOf,
                              UUID retriedBy, int definitionVersion, PipelineOrigin origin, UUID openLineageRunId,
                              Instant queuedAt, Instant startedAt, Instant finishedAt, Instant timeoutAt,
                              Long durationMillis, Long rowsRead, Long rowsWritten, String reason, long revision,
                              List<StepView> steps, List<AttemptView> attempts, List<LineageDataset> inputs,
                              List<LineageDataset> outputs, List<LineageEventView> lineage,
                              List<AnomalyView> anomalies) {

    public record StepView(String name, StepKind kind, List<String> dependsOn, StepState state, Instant startedAt,
                           Instant finishedAt, Long rowsRead, Long rowsWritten, String reason) {
    }

    public record AttemptView(UUID runId, int attempt, PipelineRunState state, Instant startedAt, Instant finishedAt,
                              String reason) {
    }

    public record LineageEventView(LineageEventType eventType, Instant eventTime, String producer,
                                   List<LineageDataset> inputs, List<LineageDataset> outputs, String runFacets,
                                   String jobFacets) {
    }

    public record AnomalyView(AnomalyMetric metric, double value, double median, double mad, double k,
                              int historySize, double lowerBound, double upperBound) {
    }
}
