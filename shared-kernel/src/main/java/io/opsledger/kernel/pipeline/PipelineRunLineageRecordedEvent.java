package io.opsledger.kernel.pipeline;

import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** An OpenLineage RunEvent was kept as the run's lineage: its datasets, and its run and job facets as JSON text. */
@Revision("1")
public record PipelineRunLineageRecordedEvent(PipelineRunId runId, PipelineId pipelineId, UUID openLineageRunId, LineageEventType eventType, Instant eventTime, String producer, List<LineageDataset> inputs, List<LineageDataset> outputs, String runFacets, String jobFacets) implements PipelineRunEvent {
}
