package io.opsledger.kernel.pipeline;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An OpenLineage RunEvent for this run: the run is created on first sight, its state follows the event type where the state machine allows, and the event is kept as lineage. Facets are JSON text; rows come from the datasets' statistics facets. */
public record RecordLineageEventCommand(@TargetAggregateIdentifier PipelineRunId runId, PipelineId pipelineId, UUID openLineageRunId, LineageEventType eventType, Instant eventTime, String producer, List<LineageDataset> inputs, List<LineageDataset> outputs, String runFacets, String jobFacets, Long rowsRead, Long rowsWritten) implements PipelineRunCommand {
}
