package io.opsledger.kernel.pipeline;

import io.opsledger.kernel.limits.ClientTime;
import io.opsledger.kernel.limits.Items;
import io.opsledger.kernel.limits.Range;
import io.opsledger.kernel.limits.Text;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An OpenLineage RunEvent for this run: the run is created on first sight, its state follows the event type where the state machine allows, and the event is kept as lineage. Facets are JSON text; rows come from the datasets' statistics facets; {@code errorMessage} is the message of a FAIL's errorMessage run facet. */
public record RecordLineageEventCommand(@TargetAggregateIdentifier PipelineRunId runId, PipelineId pipelineId, UUID openLineageRunId, LineageEventType eventType, @ClientTime Instant eventTime, @Text(max = 2000) String producer, @Items(max = 1000) List<LineageDataset> inputs, @Items(max = 1000) List<LineageDataset> outputs, @Text(max = 1_000_000, multiline = true, raw = true) String runFacets, @Text(max = 1_000_000, multiline = true, raw = true) String jobFacets, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsRead, @Range(min = 0, max = 1_000_000_000_000_000L) Long rowsWritten, @Text(max = PipelineRule.MAX_REASON_LENGTH, multiline = true) String errorMessage) implements PipelineRunCommand {
}
